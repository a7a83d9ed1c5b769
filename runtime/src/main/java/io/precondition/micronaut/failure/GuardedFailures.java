package io.precondition.micronaut.failure;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.precondition.micronaut.PreconditionResponses;
import io.precondition.micronaut.WriteConflictRecognizer;
import io.precondition.micronaut.engine.RequestState;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Answers the failures of the handlers that Precondition guards, and of their lookups, where the application has no
 * answer of its own: 412 for a checked write that lost to a concurrent one (an optimistic-lock failure, see
 * {@link WriteConflictRecognizer}, that the application answered with a 5xx or not at all; or a duplicate key of a
 * checked create), 503 when the database cannot be reached (see the {@link FailureAnswer}s). It is no
 * {@code ExceptionHandler}: Micronaut picks those by exception type for every route of the application, whereas this
 * is called only by the engine, for guarded handlers, with the response Micronaut made of the exception. So an unannotated route, and every route with
 * {@code precondition.enabled=false}, keeps Micronaut's answer, and so does any failure that the application answers
 * itself with an {@code ExceptionHandler} or an {@code @Error} method (Micronaut's own choice decides, by type).
 */
@Singleton
@Internal
public class GuardedFailures {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedFailures.class);
    /** The {@code Retry-After} of a 503: a database that is down is rarely back within a second. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final List<FailureAnswer> answers;
    private final WriteConflicts writeConflicts;
    private final PreconditionResponses responses;
    private final BeanContext beanContext;
    private final Router router;

    GuardedFailures(List<FailureAnswer> answers, List<WriteConflictRecognizer> writeConflicts,
                    PreconditionResponses responses, BeanContext beanContext, Router router) {
        this.answers = answers;
        this.writeConflicts = new WriteConflicts(writeConflicts);
        this.responses = responses;
        this.beanContext = beanContext;
        this.router = router;
    }

    /**
     * @param request the request of a guarded handler
     * @param response the response so far, which Micronaut made of the handler's (or lookup's) exception if there was
     *     one
     * @return Precondition's answer to that exception, or {@code null} to keep {@code response}
     */
    public @Nullable MutableHttpResponse<?> replace(HttpRequest<?> request, HttpResponse<?> response) {
        Throwable failure = RouteAttributes.getException(response).orElse(null);
        if (failure == null) {
            return null;
        }
        Throwable cause = unwrap(failure);
        if (lostToConcurrentWrite(request, cause)) {
            // A 5xx (Micronaut's 500 carries the exception's message) becomes 412; the application's own 4xx stands.
            return response.code() >= 500 ? responses.concurrentWrite(request) : null;
        }
        // Micronaut has already logged the handler's exception (ERROR, with its stack trace): not again.
        return applicationAnswers(request, cause) ? null : answerOf(request, cause);
    }

    /**
     * @param request the request of a guarded handler
     * @param failure what it threw
     * @return Precondition's answer, or {@code null} when it has none or the application has its own
     */
    public @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (applicationAnswers(request, cause)) {
            return null;
        }
        if (lostToConcurrentWrite(request, cause)) {
            return responses.concurrentWrite(request);
        }
        MutableHttpResponse<?> answer = answerOf(request, cause);
        if (answer != null && answer.code() == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            // A lookup's failure, which Micronaut never sees: logged here, once.
            LOG.warn("Database unavailable for {} {}: {}", request.getMethodName(), request.getPath(), cause.toString());
        }
        return answer;
    }

    /**
     * A checked write whose handler failed with an optimistic-lock failure (JPA's, Hibernate's, Micronaut Data's; also
     * as the cause of a transaction manager's or the application's exception, see {@link WriteConflictRecognizer}):
     * another writer replaced the checked state between the precondition and the write, so the precondition no longer
     * holds (412, RFC 9110 §13.1.1).
     */
    private boolean lostToConcurrentWrite(HttpRequest<?> request, Throwable cause) {
        return isCheckedWrite(request) && writeConflicts.causedBy(cause);
    }

    private static boolean isCheckedWrite(HttpRequest<?> request) {
        RequestState state = RequestState.of(request);
        return state != null && state.isCheckedWrite();
    }

    private @Nullable MutableHttpResponse<?> answerOf(HttpRequest<?> request, Throwable cause) {
        for (FailureAnswer answer : answers) {
            MutableHttpResponse<?> response = answer.answer(request, cause);
            if (response != null) {
                return response;
            }
        }
        return null;
    }

    /** Whether Micronaut found an {@code @Error} method or an {@code ExceptionHandler} of the application for it. */
    private boolean applicationAnswers(HttpRequest<?> request, Throwable cause) {
        Class<?> controller = RouteAttributes.getRouteInfo(request).map(info -> (Class<?>) info.getDeclaringType())
                .orElse(null);
        if (controller != null && router.findErrorRoute(controller, cause, request).isPresent()) {
            return true;
        }
        // Precondition's own handler of write conflicts is no answer of the application's.
        return router.findErrorRoute(cause, request).isPresent()
                || beanContext.getBeanDefinitions(ExceptionHandler.class,
                        Qualifiers.byTypeArgumentsClosest(cause.getClass(), Object.class)).stream()
                        .anyMatch(handler -> (Class<?>) handler.getBeanType() != WriteConflictExceptionHandler.class);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * 503: the database cannot be reached; the outcome of a write answered so is unknown to the client. Logged once:
     * by Micronaut when the handler threw, by {@link #answer} when the lookup did.
     */
    static MutableHttpResponse<?> unavailable(PreconditionResponses responses, HttpRequest<?> request, Throwable failure) {
        MutableHttpResponse<?> unavailable = responses.error(request, HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable; try again later");
        // RFC 9110 §10.2.3: when the client may try again.
        return unavailable.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
