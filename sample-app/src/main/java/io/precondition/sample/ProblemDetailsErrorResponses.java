package io.precondition.sample;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

/**
 * Writes every error response of the app as {@code application/problem+json} (RFC 9457): Micronaut's own errors
 * (400, 404, 405, 413, 415, ...) and Precondition's (404, 412, 428) alike.
 *
 * <p>Netty's decoder reports header fields over {@code micronaut.server.netty.max-header-size} and a request line
 * over {@code micronaut.server.netty.max-initial-line-length} as 413. They are answered 431 Request Header Fields Too
 * Large (RFC 6585 §5) and 414 URI Too Long (RFC 9110 §15.5.15), which tell the client what to shorten.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemDetailsErrorResponses implements ErrorResponseProcessor<ProblemDetails> {

    /** The media type of RFC 9457 problem details. */
    public static final String APPLICATION_PROBLEM_JSON = "application/problem+json";

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String detail = null;
        for (Error error : context.getErrors()) {
            detail = detail == null ? error.getMessage() : detail + "; " + error.getMessage();
        }
        Throwable refused = decoderFailure(context);
        if (response.code() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
            if (refused instanceof TooLongHttpHeaderException) {
                response.status(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
                detail = "The request's header fields are larger than the server accepts";
            } else if (refused instanceof TooLongHttpLineException) {
                response.status(HttpStatus.REQUEST_URI_TOO_LONG);
                detail = "The request line (method, target and version) is longer than the server accepts";
            }
        }
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ProblemDetails>) response;
        }
        // A request line Netty could not read has no path: its request stands in as "/bad-request".
        String instance = refused instanceof TooLongHttpLineException ? null : context.getRequest().getPath();
        ProblemDetails body = new ProblemDetails("about:blank", response.reason(), response.code(), detail, instance);
        return response.body(body).contentType(APPLICATION_PROBLEM_JSON);
    }

    /** Why Netty's decoder refused the request, or null. */
    private static Throwable decoderFailure(ErrorContext context) {
        if (context.getRequest() instanceof NettyHttpRequest<?> netty) {
            DecoderResult result = netty.getNativeRequest().decoderResult();
            return result.isFailure() ? result.cause() : null;
        }
        return null;
    }
}
