package io.precondition.sample.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP response as the tests see it.
 *
 * @param request what was sent, e.g. {@code PUT /pages/x [If-Match: "1"]}, for assertion messages
 * @param status the status code
 * @param headers header fields by lower-case name, each with all its lines in order
 * @param body the raw body bytes (empty when there was none)
 */
public record Reply(String request, int status, Map<String, List<String>> headers, byte[] body) {

    /** The first line of the field, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All lines of the field (possibly none). */
    public List<String> headerLines(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String etag() {
        return header("ETag");
    }

    public String lastModified() {
        return header("Last-Modified");
    }

    public Instant lastModifiedInstant() {
        return HttpDates.parseImfFixdate(lastModified());
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON. */
    public Object json() {
        return Json.parse(text());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> jsonObject() {
        Object json = json();
        if (!(json instanceof Map)) {
            throw new AssertionError("expected a JSON object in " + this);
        }
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    public List<Object> jsonArray() {
        Object json = json();
        if (!(json instanceof List)) {
            throw new AssertionError("expected a JSON array in " + this);
        }
        return (List<Object>) json;
    }

    @Override
    public String toString() {
        String text = text();
        if (text.length() > 400) {
            text = text.substring(0, 400) + "...(" + body.length + " bytes)";
        }
        return "\n  request:  " + request + "\n  response: " + status + " " + headers + "\n  body:     " + text;
    }
}
