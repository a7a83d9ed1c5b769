package io.precondition.client;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/**
 * A 428 Precondition Required (RFC 6585 §3): the server refuses a write that is not conditional. Give the client
 * method a precondition ({@code @ConditionalWrite} with a {@link Tagged} body or an {@code @Header("If-Match")}
 * parameter). Carries the {@link #problem() problem details}.
 */
public final class PreconditionRequiredException extends HttpClientResponseException {

    private final transient Problem problem;

    /**
     * @param response the 428 response
     * @param problem its problem details
     */
    public PreconditionRequiredException(HttpResponse<?> response, Problem problem) {
        super(PreconditionFailedException.message("428 Precondition Required", problem), response);
        this.problem = problem;
    }

    /** @return the problem details of the 428 ({@link Problem#NONE} when it had none) */
    public Problem problem() {
        return problem;
    }
}
