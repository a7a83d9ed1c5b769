package io.precondition.sample;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Makes every JSON error body of the app {@code application/problem+json} (RFC 9457): Micronaut's own errors (400,
 * 404, 405, 413, 415, ...) and Precondition's (404, 412, 428) alike.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemDetailsBodyProvider implements JsonErrorResponseBodyProvider<ProblemDetails> {

    /** The media type of RFC 9457 problem details. */
    public static final String APPLICATION_PROBLEM_JSON = "application/problem+json";

    @Override
    public String contentType() {
        return APPLICATION_PROBLEM_JSON;
    }

    @Override
    public ProblemDetails body(ErrorContext context, HttpResponse<?> response) {
        String detail = null;
        for (Error error : context.getErrors()) {
            detail = detail == null ? error.getMessage() : detail + "; " + error.getMessage();
        }
        return new ProblemDetails("about:blank", response.reason(), response.code(), detail,
                context.getRequest().getPath());
    }
}
