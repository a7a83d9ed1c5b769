package io.precondition.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.precondition.http.EntityTag;

/**
 * One stored response (RFC 9111 §3): immutable, replaced as a whole, so that concurrent requests for one URI can
 * never see a torn entry. It holds the status, the header section, the body bytes, the validators that were
 * well-formed, the request's values of the fields named by {@code Vary} (§4.1), its freshness, and, for a body type
 * found immutable at compile time ({@link ImmutableBodies}), the body decoded once.
 *
 * @param status the status code (200)
 * @param headers the header section, lower-case names
 * @param body the body bytes
 * @param etag the well-formed entity tag, or null
 * @param lastModified the valid Last-Modified, or null
 * @param varying the request's values of each field named by Vary (lower-case names)
 * @param freshness the freshness
 * @param decoded the body decoded to an immutable type, or null
 */
record StoredResponse(int status, Map<String, List<String>> headers, byte[] body, @Nullable EntityTag etag,
                      @Nullable Instant lastModified, Map<String, List<String>> varying, Freshness freshness,
                      @Nullable Decoded decoded) {

    /**
     * The body decoded once, to a type whose values are deeply immutable.
     *
     * @param type the body type it was decoded to
     * @param value the value
     */
    record Decoded(Argument<?> type, Object value) {
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \t]*,[ \t]*");

    /** Fields a 304 does not update (RFC 9111 §3.2): they describe the stored body or the connection. */
    private static final Set<String> KEPT_ON_UPDATE = Set.of("content-length", "content-encoding", "content-type",
            "content-range", "transfer-encoding", "connection", "keep-alive");

    /**
     * @param request the request's header section
     * @param response the response's header section, lower-case names ({@link Answers#copy})
     * @param status the response's status
     * @param body its body
     * @param requestTime when the request was sent
     * @param responseTime when the response was received
     * @return the entry, or empty when the response may not be stored: no-store in the request or the response,
     *     Vary: *, or no well-formed validator (then it could never be revalidated)
     */
    static Optional<StoredResponse> of(Headers request, Map<String, List<String>> response, int status, byte[] body,
                                       Instant requestTime, Instant responseTime) {
        if (CacheControl.parse(request.getAll("Cache-Control")).noStore()
                || CacheControl.parse(Answers.lines(response, "cache-control")).noStore()) {
            return Optional.empty();
        }
        List<String> varyNames = varyNames(response);
        if (varyNames.contains("*")) {
            return Optional.empty(); // §4.1: Vary: * never matches a later request
        }
        EntityTag etag = Answers.singleETag(Answers.lines(response, "etag")).orElse(null);
        Instant lastModified = Answers.single(response, "last-modified")
                .flatMap(io.precondition.http.HttpDate::parse).orElse(null);
        if (etag == null && lastModified == null) {
            return Optional.empty();
        }
        Map<String, List<String>> varying = new LinkedHashMap<>();
        varyNames.forEach(name -> varying.put(name, List.copyOf(request.getAll(name))));
        return Optional.of(new StoredResponse(status, response, body, etag, lastModified, Map.copyOf(varying),
                Freshness.of(response, requestTime, responseTime), null));
    }

    /**
     * @param request a later request's header section
     * @return whether this response may answer it: every field named by Vary has the same lines (§4.1)
     */
    boolean matches(Headers request) {
        for (Map.Entry<String, List<String>> field : varying.entrySet()) {
            List<String> lines = request.getAll(field.getKey());
            if (!lines.equals(field.getValue()) && !normalize(lines).equals(normalize(field.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * This response updated with the header fields of a 304 that validated it (RFC 9111 §4.3.4, §3.2).
     *
     * @param notModified the 304's header section, lower-case names
     * @param requestTime when the conditional request was sent
     * @param responseTime when the 304 was received
     * @return the updated entry
     */
    StoredResponse updatedBy(Map<String, List<String>> notModified, Instant requestTime, Instant responseTime) {
        Map<String, List<String>> merged = new LinkedHashMap<>(headers);
        notModified.forEach((name, lines) -> {
            if (!KEPT_ON_UPDATE.contains(name)) {
                merged.put(name, lines);
            }
        });
        return new StoredResponse(status, Map.copyOf(merged), body, etag, lastModified, varying,
                Freshness.of(merged, requestTime, responseTime), decoded);
    }

    /**
     * @param type the immutable type the body was decoded to
     * @param value the decoded body
     * @return this response holding that value for later answers of that type
     */
    StoredResponse withDecoded(Argument<?> type, Object value) {
        return new StoredResponse(status, headers, body, etag, lastModified, varying, freshness,
                new Decoded(type, value));
    }

    /** @return the body decoded to that type, when this response holds it */
    Optional<Object> decodedAs(Argument<?> type) {
        return decoded != null && ImmutableBodyTypes.sameShape(decoded.type(), type)
                ? Optional.of(decoded.value()) : Optional.empty();
    }

    /**
     * @param notModified a 304's header section
     * @return whether the 304 is about this representation (§4.3.4: a strong validator in the 304, if any, must be
     *     this one's; a 304 without a well-formed ETag is taken as about the only stored representation)
     */
    boolean isValidatedBy(Map<String, List<String>> notModified) {
        Optional<EntityTag> validator = Answers.singleETag(Answers.lines(notModified, "etag"));
        if (validator.isEmpty()) {
            return true; // absent or malformed: no validator, so it is about the one we asked about
        }
        return etag != null && validator.get().equals(etag);
    }

    /** @return the bytes this entry counts against its store's bound (a decoded body counts as its bytes again) */
    int weight() {
        long size = 128L + (decoded == null ? body.length : 2L * body.length);
        for (Map.Entry<String, List<String>> field : headers.entrySet()) {
            for (String line : field.getValue()) {
                size += field.getKey().length() + line.length() + 4L;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** The field's lines as one value without the optional white space around commas (RFC 9110 §5.3). */
    private static String normalize(List<String> lines) {
        return LIST_SEPARATOR.matcher(String.join(",", lines)).replaceAll(",").trim();
    }

    private static List<String> varyNames(Map<String, List<String>> response) {
        return Answers.lines(response, "vary").stream()
                .flatMap(line -> java.util.Arrays.stream(line.split(",")))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
