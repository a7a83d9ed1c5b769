package io.precondition.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.type.Headers;
import io.micronaut.http.HttpHeaders;
import io.precondition.http.EntityTag;
import io.precondition.http.HttpDate;

/**
 * Reading validators and header sections of answers the way a cache must: only a well-formed single {@code ETag}
 * line is a validator (RFC 9110 §8.8.3), only a valid HTTP-date is a {@code Last-Modified} (§8.8.2); anything else
 * is no validator at all, so bad input from a server can never become a precondition.
 */
final class Answers {

    private Answers() {
    }

    /**
     * @param lines every ETag line of a message
     * @return the tag, if there is exactly one line holding exactly one well-formed entity tag
     */
    static Optional<EntityTag> singleETag(List<String> lines) {
        return lines.size() == 1 ? EntityTag.parse(lines.get(0)) : Optional.empty();
    }

    /**
     * @param headers a message's header section
     * @return its entity tag, if well-formed and alone
     */
    static Optional<EntityTag> etag(Headers headers) {
        return singleETag(headers.getAll(HttpHeaders.ETAG));
    }

    /**
     * @param headers a message's header section
     * @return its Last-Modified, if there is exactly one line holding a valid HTTP-date
     */
    static Optional<Instant> lastModified(Headers headers) {
        List<String> lines = headers.getAll(HttpHeaders.LAST_MODIFIED);
        return lines.size() == 1 ? HttpDate.parse(lines.get(0)) : Optional.empty();
    }

    /**
     * @param headers a message's header section
     * @return a copy, with lower-case names in the order they came, each with all its lines
     */
    static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : headers.names()) {
            copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(headers.getAll(name));
        }
        copy.replaceAll((name, lines) -> List.copyOf(lines));
        return copy;
    }

    /**
     * @param headers a header section as {@link #copy} makes it
     * @param name a lower-case field name
     * @return its lines, empty if absent
     */
    static List<String> lines(Map<String, List<String>> headers, String name) {
        return headers.getOrDefault(name, List.of());
    }

    /**
     * @param headers a header section as {@link #copy} makes it
     * @param name a lower-case field name
     * @return its only line, if there is exactly one
     */
    static Optional<String> single(Map<String, List<String>> headers, String name) {
        List<String> lines = lines(headers, name);
        return lines.size() == 1 ? Optional.of(lines.get(0)) : Optional.empty();
    }
}
