package io.precondition.processor;

import io.micronaut.core.annotation.AnnotationValue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the OpenAPI document says about one annotated handler: the conditional request header fields its generated
 * filter evaluates, the validators its 2xx response carries, and the 304 / 412 / 428 it may answer with. The values
 * are swagger annotations built by name, so that loading this class needs no swagger class.
 */
final class OpenApiConditionals {

    static final String PARAMETER = "io.swagger.v3.oas.annotations.Parameter";
    static final String API_RESPONSE = "io.swagger.v3.oas.annotations.responses.ApiResponse";
    static final String OPERATION = "io.swagger.v3.oas.annotations.Operation";
    private static final String HEADER = "io.swagger.v3.oas.annotations.headers.Header";
    private static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";

    private static final String HTTP_DATE_EXAMPLE = "Sun, 06 Nov 1994 08:49:37 GMT";

    /** A request header parameter, by its field name. */
    record HeaderParameter(String name, AnnotationValue<Annotation> annotation) {
    }

    /** A response, by its status code. */
    record Response(String code, AnnotationValue<Annotation> annotation) {
    }

    private OpenApiConditionals() {
    }

    /**
     * @param handler the handler
     * @return the header fields its preconditions read (RFC 9110 §13.1): all four for a read, and for a write all but
     *     {@code If-Modified-Since}, which writes ignore (§13.1.3)
     */
    static List<HeaderParameter> parameters(HandlerModel handler) {
        List<HeaderParameter> parameters = new ArrayList<>();
        if (handler.write()) {
            parameters.add(parameter("If-Match", "An entity tag the client holds (RFC 9110 §13.1.1), or `*`. The write "
                    + "is made only if one strongly matches the current ETag, else 412 Precondition Failed: the guard "
                    + "against lost updates.", null));
            parameters.add(parameter("If-Unmodified-Since", "An HTTP-date (RFC 9110 §13.1.4). The write is made only "
                    + "if the resource has not changed since (whole seconds), else 412. Ignored with If-Match or when "
                    + "the resource does not exist. Weaker than If-Match: two writes within one second share a date.",
                    HTTP_DATE_EXAMPLE));
            parameters.add(parameter("If-None-Match", createsWhenAbsent(handler)
                    ? "`*` (RFC 9110 §13.1.2): create only, the write is made only if the resource does not exist "
                    + "yet, else 412. A list of entity tags: 412 when one matches the current ETag."
                    : "RFC 9110 §13.1.2: 412 Precondition Failed when it is `*` or lists the current ETag.", null));
        } else {
            parameters.add(parameter("If-None-Match", "Entity tags of representations the client holds (RFC 9110 "
                    + "§13.1.2), or `*`. When one matches the current ETag (weak comparison): 304 Not Modified, "
                    + "without a body.", null));
            parameters.add(parameter("If-Modified-Since", "An HTTP-date (RFC 9110 §13.1.3). When the resource has not "
                    + "changed since (whole seconds): 304 Not Modified. Ignored with If-None-Match.", HTTP_DATE_EXAMPLE));
            parameters.add(parameter("If-Match", "Entity tags (RFC 9110 §13.1.1), or `*`. When none strongly matches "
                    + "the current ETag: 412 Precondition Failed.", null));
            parameters.add(parameter("If-Unmodified-Since", "An HTTP-date (RFC 9110 §13.1.4). When the resource "
                    + "changed after it: 412 Precondition Failed. Ignored with If-Match.", HTTP_DATE_EXAMPLE));
        }
        return parameters;
    }

    /**
     * @param handler the handler
     * @param successCode the status code OpenAPI documents the handler's success with ({@code @Status}, else 200)
     * @param successDescription that response's description, or {@code ""} for micronaut-openapi's default
     * @return the success response with the validators it carries (its content is left to micronaut-openapi, which
     *     fills in the handler's return type; a write without validators keeps micronaut-openapi's own), 304 for a
     *     read, 412, and 428 for a write that requires a guard
     */
    static List<Response> responses(HandlerModel handler, String successCode, String successDescription) {
        List<Response> responses = new ArrayList<>();
        List<AnnotationValue<Annotation>> validators = new ArrayList<>();
        if (hasETag(handler)) {
            validators.add(header("ETag", (isWeak(handler)
                    ? "A weak entity tag (RFC 9110 §8.8.3) derived from the elements' tags"
                    : "The entity tag (RFC 9110 §8.8.3) of " + (handler.write() ? "the stored state after the write"
                    : "this representation")) + "; send it in "
                    + (handler.write() ? "If-Match for the next write." : "If-None-Match to revalidate"
                    + (isWeak(handler) ? "." : " and in If-Match to write."))));
        }
        if (hasLastModified(handler)) {
            validators.add(header("Last-Modified", "When the resource last changed (RFC 9110 §8.8.2), an IMF-fixdate "
                    + "at whole seconds; send it in " + (handler.write() ? "If-Unmodified-Since."
                    : "If-Modified-Since to revalidate.")));
        }
        // A read always names its success response: with a 304 declared, micronaut-openapi would generate none.
        if (!handler.write() || !validators.isEmpty()) {
            responses.add(new Response(successCode, AnnotationValue.builder(API_RESPONSE)
                    .member("responseCode", successCode)
                    .member("description", successDescription)
                    .member("useReturnTypeSchema", true)
                    .member("headers", validators.toArray(new AnnotationValue<?>[0]))
                    .build()));
        }
        if (!handler.write()) {
            List<AnnotationValue<Annotation>> notModified = new ArrayList<>();
            if (hasETag(handler)) {
                notModified.add(header("ETag", "The current entity tag, as the 200 would carry it."));
            } else if (hasLastModified(handler)) {
                notModified.add(header("Last-Modified", "The current modification date, as the 200 would carry it."));
            }
            responses.add(response("304", "Not Modified (RFC 9110 §15.4.5): If-None-Match or If-Modified-Since "
                    + "matched the current state. No body; the same Cache-Control as a 200.", notModified));
            responses.add(response("412", "Precondition Failed (RFC 9110 §15.5.13): If-Match or If-Unmodified-Since "
                    + "failed against the current state.", List.of()));
            return responses;
        }
        responses.add(response("412", "Precondition Failed (RFC 9110 §15.5.13): If-Match, If-Unmodified-Since or "
                + "If-None-Match failed against the current state, or a concurrent write changed it first. Nothing "
                + "was written.", List.of()));
        if (handler.requireGuard()) {
            responses.add(response("428", "Precondition Required (RFC 6585 §3): the write carried no guard. Send "
                    + "If-Match with the current ETag (or If-Unmodified-Since)"
                    + (createsWhenAbsent(handler) ? ", or If-None-Match: * to create" : "")
                    + ". Not sent when the server's precondition.require-guard is false.", List.of()));
        }
        return responses;
    }

    /** A write whose absent resource is evaluated rather than 404: {@code If-None-Match: *} lets it create. */
    private static boolean createsWhenAbsent(HandlerModel handler) {
        return handler.write() && !handler.absentIsNotFound();
    }

    /** The generated response filter sets {@code ETag} from the returned value's tag (a collection's: weak). */
    private static boolean hasETag(HandlerModel handler) {
        return handler.body() != null && (handler.bodyIsCollection() || handler.body().hasTag());
    }

    private static boolean isWeak(HandlerModel handler) {
        return handler.bodyIsCollection() || handler.body().collectionTag() != null;
    }

    /** A returned collection gives only a weak tag; a single value its date, when it has one. */
    private static boolean hasLastModified(HandlerModel handler) {
        return handler.body() != null && !handler.bodyIsCollection() && handler.body().lastModified() != null;
    }

    private static HeaderParameter parameter(String name, String description, String example) {
        var builder = AnnotationValue.builder(PARAMETER)
                .member("name", name)
                .member("in", "HEADER")
                .member("description", description)
                .member("schema", stringSchema());
        if (example != null) {
            builder.member("example", example);
        }
        return new HeaderParameter(name, builder.build());
    }

    private static Response response(String code, String description, List<AnnotationValue<Annotation>> headers) {
        var builder = AnnotationValue.builder(API_RESPONSE)
                .member("responseCode", code)
                .member("description", description);
        if (!headers.isEmpty()) {
            builder.member("headers", headers.toArray(new AnnotationValue<?>[0]));
        }
        return new Response(code, builder.build());
    }

    private static AnnotationValue<Annotation> header(String name, String description) {
        return AnnotationValue.builder(HEADER)
                .member("name", name)
                .member("description", description)
                .member("schema", stringSchema())
                .build();
    }

    private static AnnotationValue<Annotation> stringSchema() {
        return AnnotationValue.builder(SCHEMA).member("type", "string").build();
    }
}
