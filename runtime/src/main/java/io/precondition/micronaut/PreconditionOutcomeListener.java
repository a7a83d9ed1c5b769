package io.precondition.micronaut;

import io.micronaut.http.HttpRequest;

/**
 * Told of every response that Precondition answers itself: 304, 404 (lookup found nothing), 412 (a failed
 * precondition or a lost write race), 413 and 428. Declare a bean of this type to count or log them;
 * {@link MicrometerOutcomeCounter} does so when Micrometer is present.
 */
@FunctionalInterface
public interface PreconditionOutcomeListener {

    /**
     * @param request the request
     * @param handler the handler, e.g. {@code "PageController.get"}
     * @param status the status Precondition answered
     */
    void onOutcome(HttpRequest<?> request, String handler, int status);
}
