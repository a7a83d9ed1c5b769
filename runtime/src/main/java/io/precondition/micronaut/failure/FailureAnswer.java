package io.precondition.micronaut.failure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

/**
 * What Precondition answers for a failure of a handler it guards (or of that handler's lookup), where the
 * application itself has no answer for it: {@link GuardedFailures} asks each of these in turn. One implementation per
 * optional dependency (Micronaut Data's exceptions), so that none is loaded where its library is absent.
 */
interface FailureAnswer {

    /**
     * @param request the request of a guarded handler
     * @param failure the exception the handler or its lookup threw (unwrapped from {@code CompletionException})
     * @return the response, or {@code null} when this answer does not apply
     */
    @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable failure);
}
