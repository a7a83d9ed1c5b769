package io.precondition.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An error body in the form of RFC 9457 (problem details for HTTP APIs).
 *
 * @param type a URI naming the problem type; {@code about:blank} means the status says it all
 * @param title the status's reason phrase
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for the client
 * @param instance the request path
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, @Nullable String detail,
                             @Nullable String instance) {
}
