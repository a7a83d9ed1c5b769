package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.precondition.micronaut.PreconditionConfiguration;
import io.precondition.micronaut.PreconditionResponses;
import io.precondition.micronaut.engine.PreconditionOutcomes;
import io.precondition.micronaut.engine.RequestState;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a Micronaut Data {@link OptimisticLockException} of a checked write with 412 (RFC 9110 §13.1.1) before
 * Micronaut would log it: a write that lost to a concurrent one, or whose {@code If-Match} named a state the resource
 * is no longer in, is an expected outcome, logged at DEBUG and counted, not an ERROR with a stack trace. The same
 * exception of any other route gets what Micronaut gives an unhandled exception: its ERROR log and a 500.
 * {@link Secondary}: the application's own handler of the exception wins, as do its {@code @Error} methods.
 */
@Singleton
@Secondary
@Requires(classes = OptimisticLockException.class)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
final class WriteConflictExceptionHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(WriteConflictExceptionHandler.class);
    /** Micronaut's logger for exceptions that no handler answers. */
    private static final Logger UNHANDLED = LoggerFactory.getLogger("io.micronaut.http.server.RouteExecutor");

    private final PreconditionResponses responses;
    private final PreconditionOutcomes outcomes;

    /**
     * @param responses builds the 412 and the 500
     * @param outcomes told of each 412, as of every answer of Precondition's
     */
    WriteConflictExceptionHandler(PreconditionResponses responses, PreconditionOutcomes outcomes) {
        this.responses = responses;
        this.outcomes = outcomes;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        RequestState state = RequestState.of(request);
        if (state == null || !state.isCheckedWrite()) {
            UNHANDLED.error("Unexpected error occurred: " + exception.getMessage(), exception);
            return responses.error(request, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Internal Server Error: " + exception.getMessage());
        }
        LOG.debug("412 for {} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
        MutableHttpResponse<?> refused = responses.concurrentWrite(request);
        outcomes.tell(request, state.handler(), refused.code());
        return refused;
    }
}
