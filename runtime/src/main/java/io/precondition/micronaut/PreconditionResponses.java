package io.precondition.micronaut;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.precondition.http.Conditionals;
import io.precondition.http.EntityTagList;
import io.precondition.http.ListLimits;
import io.precondition.http.Validators;
import io.precondition.micronaut.engine.RequestState;
import jakarta.inject.Singleton;

/**
 * Builds the responses that Precondition answers itself. Error responses (404, 412, 428, 431) go through the
 * application's {@link ErrorResponseProcessor}, so they have the same form as its other errors (for example
 * {@code application/problem+json} with micronaut-problem-json). Replace this bean to change their wording.
 */
@Singleton
public class PreconditionResponses {

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    /**
     * @param errorResponseProcessor the application's error body writer
     */
    public PreconditionResponses(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    /**
     * 304 Not Modified (RFC 9110 §15.4.5): the {@code ETag}, and {@code Last-Modified} only when there is no
     * {@code ETag}; {@code Cache-Control} and {@code Vary} as the 200 would have sent them. No body.
     *
     * @param current the current validators
     * @param original the handler's 200 response, when the decision was made after the handler ran
     * @return the response
     */
    public MutableHttpResponse<?> notModified(Validators current, @Nullable HttpResponse<?> original) {
        MutableHttpResponse<?> response = HttpResponse.notModified();
        if (current.etag().isPresent()) {
            response.getHeaders().set(HttpHeaders.ETAG, current.etag().get().toString());
        } else {
            current.lastModified().ifPresent(lastModified ->
                    response.getHeaders().set(HttpHeaders.LAST_MODIFIED, io.precondition.http.HttpDate.format(lastModified)));
        }
        if (original != null) {
            copy(original, response, HttpHeaders.CACHE_CONTROL);
            copy(original, response, HttpHeaders.VARY);
            copy(original, response, HttpHeaders.EXPIRES);
            copy(original, response, HttpHeaders.CONTENT_LOCATION);
        }
        return response;
    }

    /**
     * 412 Precondition Failed (RFC 9110 §15.5.13).
     *
     * @param request the request
     * @param conditionals its conditional header fields
     * @param current the current validators
     * @return the response
     */
    public MutableHttpResponse<?> preconditionFailed(HttpRequest<?> request, Conditionals conditionals,
                                                     Validators current) {
        return error(request, HttpStatus.PRECONDITION_FAILED, failureDetail(conditionals, current));
    }

    /**
     * 412 Precondition Failed for a write that the database refused because another write came first.
     *
     * @param request the request
     * @return the response
     */
    public MutableHttpResponse<?> concurrentWrite(HttpRequest<?> request) {
        RequestState state = RequestState.of(request);
        if (state != null && state.claimedByIfMatch()) {
            // The write skipped its lookup: the guarded write itself found the resource in another state.
            return error(request, HttpStatus.PRECONDITION_FAILED,
                    "If-Match does not match the current ETag: the resource is not in the state it names");
        }
        return error(request, HttpStatus.PRECONDITION_FAILED,
                "The resource was changed by another request after this request's preconditions were checked");
    }

    /**
     * 428 Precondition Required (RFC 6585 §3).
     *
     * @param request the request
     * @param current the current validators
     * @return the response
     */
    public MutableHttpResponse<?> preconditionRequired(HttpRequest<?> request, Validators current) {
        return error(request, HttpStatus.PRECONDITION_REQUIRED, current.exists()
                ? "This request must be conditional: send If-Match with the current ETag (or If-Unmodified-Since)"
                : "Creating this resource must be conditional: send If-None-Match: *");
    }

    /**
     * 431 Request Header Fields Too Large (RFC 6585 §5), for an If-Match or If-None-Match over the limits that the
     * server evaluates: the detail names the field and the limit, and the setting that raises it.
     *
     * @param request the request
     * @param conditionals its conditional header fields, one of them {@linkplain Conditionals#fieldTooLarge() too large}
     * @param limits the limits
     * @return the response
     */
    public MutableHttpResponse<?> fieldTooLarge(HttpRequest<?> request, Conditionals conditionals, ListLimits limits) {
        String field = conditionals.fieldTooLarge().orElseThrow();
        EntityTagList list = conditionals.ifMatch().isTooLarge() ? conditionals.ifMatch() : conditionals.ifNoneMatch();
        String over = list.length() > limits.maxLength()
                ? "is longer than " + limits.maxLength() + " characters (precondition.max-list-length)"
                : "lists more than " + limits.maxTags() + " entity tags (precondition.max-tags)";
        return error(request, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                field + " " + over + ", so its precondition cannot be evaluated; send fewer tags");
    }

    /**
     * 404 Not Found, for a resource that the lookup did not find.
     *
     * @param request the request
     * @return the response
     */
    public MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return error(request, HttpStatus.NOT_FOUND, "No resource at " + request.getPath());
    }

    /**
     * An error response in the application's error format.
     *
     * @param request the request
     * @param status the status
     * @param detail what went wrong, for the client
     * @return the response
     */
    public MutableHttpResponse<?> error(HttpRequest<?> request, HttpStatus status, String detail) {
        return errorResponseProcessor.processResponse(
                ErrorContext.builder(request).errorMessage(detail).build(), HttpResponse.status(status));
    }

    private static String failureDetail(Conditionals conditionals, Validators current) {
        if (conditionals.ifMatch().isPresent()) {
            if (conditionals.ifMatch().isMalformed()) {
                return "If-Match is not a valid list of entity tags, so it matches nothing";
            }
            if (!current.exists()) {
                return "If-Match cannot match: the resource does not exist";
            }
            return "If-Match does not match the current ETag";
        }
        if (conditionals.ifNoneMatch().isPresent()) {
            return conditionals.ifNoneMatch().isAny()
                    ? "If-None-Match: * failed: the resource exists"
                    : "If-None-Match matches the current ETag";
        }
        return "The resource was modified after the If-Unmodified-Since date";
    }

    private static void copy(HttpResponse<?> from, MutableHttpResponse<?> to, String header) {
        String value = from.getHeaders().get(header);
        if (value != null) {
            to.getHeaders().set(header, value);
        }
    }
}
