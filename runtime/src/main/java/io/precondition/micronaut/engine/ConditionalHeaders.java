package io.precondition.micronaut.engine;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.precondition.http.Conditionals;
import io.precondition.http.ListLimits;
import io.precondition.micronaut.netty.CodedETags;

import java.util.List;

/** Reads the four conditional header fields of a request once, within {@code precondition.max-tags} and friends. */
final class ConditionalHeaders {

    private final ListLimits limits;
    private final boolean codedTags;

    ConditionalHeaders(ListLimits limits, boolean codedTags) {
        this.limits = limits;
        this.codedTags = codedTags;
    }

    /** @return the request's conditional fields, parsed on first use and kept in its state */
    Conditionals of(HttpRequest<?> request, RequestState state) {
        Conditionals cached = state.conditionals();
        if (cached == null) {
            cached = parse(request);
            state.conditionals(cached);
        }
        return cached;
    }

    /** @return whether the request carries none of the four fields (cheaper than parsing them) */
    static boolean absent(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        return !headers.contains(HttpHeaders.IF_MATCH) && !headers.contains(HttpHeaders.IF_NONE_MATCH)
                && !headers.contains(HttpHeaders.IF_MODIFIED_SINCE) && !headers.contains(HttpHeaders.IF_UNMODIFIED_SINCE);
    }

    Conditionals parse(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        // A tag of a content-coded representation ("X+gzip") names the same state as "X" (RFC 9110 §8.8.3).
        // With precondition.coded-etags=false no such tag is ever sent, so a "+gzip" is just part of a tag.
        List<String> ifMatch = headers.getAll(HttpHeaders.IF_MATCH);
        List<String> ifNoneMatch = headers.getAll(HttpHeaders.IF_NONE_MATCH);
        if (codedTags) {
            ifMatch = CodedETags.uncode(ifMatch);
            ifNoneMatch = CodedETags.uncode(ifNoneMatch);
        }
        List<String> ifModifiedSince = headers.getAll(HttpHeaders.IF_MODIFIED_SINCE);
        List<String> ifUnmodifiedSince = headers.getAll(HttpHeaders.IF_UNMODIFIED_SINCE);
        if (ifMatch.isEmpty() && ifNoneMatch.isEmpty() && ifModifiedSince.isEmpty() && ifUnmodifiedSince.isEmpty()) {
            return Conditionals.NONE;
        }
        return Conditionals.of(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince, limits);
    }
}
