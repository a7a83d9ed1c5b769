package io.precondition.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagList;
import io.precondition.http.HttpDate;

/**
 * Puts on a write the precondition the caller gave it, and refuses, before anything is sent, a write that could only
 * fail or that would be blind: a {@link Tagged} body becomes its value plus {@code If-Match} (its ETag) or, when it
 * has only a date, {@code If-Unmodified-Since} (RFC 9110 §13.1.1, §13.1.4). Nothing here ever reads the store.
 */
final class WriteGuard {

    private WriteGuard() {
    }

    /**
     * @param request the write, as the declarative client bound it
     * @param method the client method
     * @throws WeakTagException when the precondition would be a weak tag in If-Match
     * @throws MissingPreconditionException when a {@code @ConditionalWrite} has no precondition
     * @throws IllegalArgumentException when the caller's If-Match or If-Unmodified-Since is malformed
     */
    static void apply(MutableHttpRequest<?> request, ClientMethod method) {
        if (request.getBody().orElse(null) instanceof Tagged<?> tagged) {
            request.body(tagged.value());
            if (!hasGuardField(request.getHeaders())) {
                tagged.etag().ifPresentOrElse(tag -> request.header(HttpHeaders.IF_MATCH, strong(tag, method).toString()),
                        () -> tagged.lastModified().ifPresent(date ->
                                request.header(HttpHeaders.IF_UNMODIFIED_SINCE, HttpDate.format(date))));
            }
        }
        checkCallerFields(request.getHeaders(), method);
        if (method.conditionalWrite() && !hasGuardField(request.getHeaders())) {
            throw new MissingPreconditionException(method.name() + " is @ConditionalWrite but this call has no "
                    + "precondition: pass the Tagged value returned by the read (with its ETag or Last-Modified), or "
                    + "an If-Match / If-Unmodified-Since / If-None-Match value. A write without one is never sent.");
        }
    }

    private static EntityTag strong(EntityTag tag, ClientMethod method) {
        if (tag.isWeak()) {
            throw weak(tag, method);
        }
        return tag;
    }

    private static WeakTagException weak(EntityTag tag, ClientMethod method) {
        return new WeakTagException(method.name() + ": the representation's ETag " + tag + " is weak, and If-Match "
                + "uses the strong comparison (RFC 9110 §13.1.1), so the write could only fail with 412. Read it "
                + "again for a strong ETag (Apache httpd gives a weak one to a file changed within the last second).");
    }

    private static void checkCallerFields(HttpHeaders headers, ClientMethod method) {
        EntityTagList ifMatch = EntityTagList.of(headers.getAll(HttpHeaders.IF_MATCH));
        if (ifMatch.isPresent() && (ifMatch.isMalformed() || ifMatch.isTooLarge())) {
            throw new IllegalArgumentException(method.name() + ": If-Match " + headers.getAll(HttpHeaders.IF_MATCH)
                    + " is not a list of entity tags (RFC 9110 §13.1.1)");
        }
        for (EntityTag tag : ifMatch.tags()) {
            if (tag.isWeak()) {
                throw weak(tag, method);
            }
        }
        String ifUnmodifiedSince = headers.get(HttpHeaders.IF_UNMODIFIED_SINCE);
        if (ifUnmodifiedSince != null && HttpDate.parse(ifUnmodifiedSince).isEmpty()) {
            throw new IllegalArgumentException(method.name() + ": If-Unmodified-Since '" + ifUnmodifiedSince
                    + "' is not an HTTP-date (RFC 9110 §5.6.7), so a server would ignore it");
        }
    }

    private static boolean hasGuardField(HttpHeaders headers) {
        return headers.contains(HttpHeaders.IF_MATCH) || headers.contains(HttpHeaders.IF_UNMODIFIED_SINCE)
                || headers.contains(HttpHeaders.IF_NONE_MATCH);
    }
}
