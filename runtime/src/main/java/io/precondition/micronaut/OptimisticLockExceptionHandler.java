package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a Micronaut Data {@link OptimisticLockException} (an {@code UPDATE ... WHERE version = ?} or a versioned
 * delete that changed no row): 412 on a {@code @ConditionalWrite} handler, whose preconditions held for a state
 * that another writer has since replaced, and 409 Conflict elsewhere.
 */
@Singleton
@Produces
@Requires(classes = OptimisticLockException.class)
public class OptimisticLockExceptionHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private final PreconditionResponses responses;
    private final PreconditionOutcomes outcomes;

    /**
     * @param responses builds the error response
     * @param outcomes told of the 412s this handler answers
     */
    public OptimisticLockExceptionHandler(PreconditionResponses responses, PreconditionOutcomes outcomes) {
        this.responses = responses;
        this.outcomes = outcomes;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        if (GuardedWrites.isGuarded(request)) {
            outcomes.tell(request, GuardedWrites.handlerOf(request), HttpStatus.PRECONDITION_FAILED.getCode());
            return responses.concurrentWrite(request);
        }
        return responses.error(request, HttpStatus.CONFLICT, "The resource was changed by another request");
    }
}
