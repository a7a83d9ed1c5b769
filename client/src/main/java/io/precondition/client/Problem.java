package io.precondition.client;

import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;

/**
 * The fields of an {@code application/problem+json} body (RFC 9457) that came with a 412 or 428; any of them may be
 * absent, and all are absent when the body was not problem JSON.
 *
 * @param type the problem type URI, or null
 * @param title the short summary, or null
 * @param status the status code the server wrote into the body, or null
 * @param detail the explanation of this occurrence, e.g. "If-Match does not match the current ETag", or null
 */
public record Problem(@Nullable String type, @Nullable String title, @Nullable Integer status, @Nullable String detail) {

    /** No problem details: the body was absent or not problem JSON. */
    public static final Problem NONE = new Problem(null, null, null, null);

    /**
     * @param fields the members of the body's JSON object
     * @return the problem, taking only members of the right JSON type
     */
    static Problem of(Map<String, Object> fields) {
        Integer status = fields.get("status") instanceof Number n ? n.intValue() : null;
        return new Problem(text(fields, "type"), text(fields, "title"), status, text(fields, "detail"));
    }

    /** @return the detail, if the server sent one */
    public Optional<String> detailText() {
        return Optional.ofNullable(detail);
    }

    private static String text(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof String s ? s : null;
    }
}
