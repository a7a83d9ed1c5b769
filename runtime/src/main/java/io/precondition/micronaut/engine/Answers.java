package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpVersion;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.HttpDate;
import io.precondition.http.ListLimits;
import io.precondition.http.Validators;
import io.precondition.micronaut.PreconditionConfiguration;
import io.precondition.micronaut.PreconditionResponses;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.netty.CodedETags;
import io.precondition.micronaut.netty.LibraryETag;
import io.precondition.micronaut.netty.ResponseDate;

import java.time.Instant;
import java.util.Locale;

/**
 * Turns the evaluator's {@link Decision} into a response, and writes validators and caching fields as clients must
 * see them: the tag in {@code precondition.etag-format}, {@code Last-Modified} never after the response's
 * {@code Date}, the handler's {@code Cache-Control} and {@code Vary} on its 304s as on its 2xx (RFC 9110 §15.4.5).
 */
final class Answers {

    private final PreconditionConfiguration configuration;
    private final PreconditionResponses responses;
    private final PreconditionOutcomes outcomes;
    private final ResponseDate date;
    private final ListLimits listLimits;
    private final boolean hashTags;
    private final boolean codedTags;
    private final boolean mayCompress;

    Answers(PreconditionConfiguration configuration, PreconditionResponses responses, PreconditionOutcomes outcomes,
            ResponseDate date, boolean mayCompress) {
        this.configuration = configuration;
        this.responses = responses;
        this.outcomes = outcomes;
        this.date = date;
        this.listLimits = configuration.listLimits();
        this.hashTags = configuration.getEtagFormat() == PreconditionConfiguration.ETagFormat.HASHED;
        this.codedTags = configuration.isCodedEtags();
        this.mayCompress = mayCompress;
    }

    PreconditionResponses responses() {
        return responses;
    }

    /**
     * @return the response for a decision that answers the request (304, 412, 428, 431), or {@code null} to go on
     */
    @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, HandlerPolicy policy, Decision decision,
                                            Conditionals conditionals, Validators current,
                                            @Nullable HttpResponse<?> original) {
        switch (decision) {
            case NOT_MODIFIED:
                MutableHttpResponse<?> notModified = responses.notModified(current, original);
                setCaching(notModified, policy);
                codeNotModified(request, notModified, current);
                return notModified;
            case PRECONDITION_FAILED:
                return responses.preconditionFailed(request, conditionals, current);
            case PRECONDITION_REQUIRED:
                return responses.preconditionRequired(request, current);
            case FIELD_TOO_LARGE:
                return responses.fieldTooLarge(request, conditionals, listLimits);
            default:
                return null;
        }
    }

    /** Tells the outcome listeners of a response Precondition answered; {@code null} passes through. */
    @Nullable MutableHttpResponse<?> told(HttpRequest<?> request, HandlerPolicy policy,
                                          @Nullable MutableHttpResponse<?> answer) {
        if (answer != null) {
            outcomes.tell(request, policy.handler(), answer.code());
        }
        return answer;
    }

    /**
     * The validators as clients see them: in {@code precondition.etag-format}, and with a {@code Last-Modified} no
     * later than now (RFC 9110 §8.8.2.1), in the request phase as in the response phase, so that a date a little in
     * the future (another instance's clock) never makes If-Modified-Since or If-Unmodified-Since fail.
     */
    Validators current(Validators validators) {
        Validators formatted = validators;
        if (hashTags && validators.etag().isPresent()) {
            // With etag-format=hashed, clients see a digest of the tag's parts.
            formatted = Validators.of(validators.etag().get().digest(), validators.lastModified().orElse(null));
        }
        return formatted.notAfter(date.now());
    }

    /** Whether {@code precondition.etag-format=hashed}: such tags cannot be read back into a state. */
    boolean hashTags() {
        return hashTags;
    }

    void writeValidators(HttpRequest<?> request, MutableHttpResponse<?> response, Validators validators) {
        EntityTag tag = validators.etag().orElse(null);
        if (tag != null) {
            // Marked as the library's, so that only this tag is coded when the response is compressed; on HTTP/2,
            // where it cannot be, a strong one keeps the response uncompressed (CodedETagCompressionStrategy).
            boolean identityOnly = codedTags && !tag.isWeak() && request.getHttpVersion() == HttpVersion.HTTP_2_0;
            response.getHeaders().set(HttpHeaders.ETAG, new LibraryETag(tag.toString(), identityOnly));
        }
        Instant lastModified = validators.lastModified().orElse(null);
        if (lastModified != null) {
            response.getHeaders().set(HttpHeaders.LAST_MODIFIED, HttpDate.format(lastModified));
        }
    }

    /**
     * The {@code Cache-Control} and {@code Vary} of a versioned 2xx or 304 that has none: the handler's declared ones
     * ({@code @Versioned(cacheControl, vary)}), else {@code precondition.cache-control}. A 304 decided before the
     * handler ran knows no others, and must carry what the 200 would (RFC 9110 §15.4.5).
     */
    void setCaching(MutableHttpResponse<?> response, HandlerPolicy policy) {
        String cacheControl = policy.cacheControl() != null ? policy.cacheControl() : configuration.getCacheControl();
        if (!cacheControl.isEmpty() && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        if (!policy.vary().isEmpty() && !response.getHeaders().contains(HttpHeaders.VARY)) {
            response.getHeaders().set(HttpHeaders.VARY, String.join(", ", policy.vary()));
        }
        if (mayCompress) {
            // The body may be sent gzip-coded to another client: every response of the route says so, uncompressed
            // 2xx and 304s included (RFC 9110 §12.5.5, §15.4.5).
            varyByAcceptEncoding(response);
        }
    }

    private static void varyByAcceptEncoding(MutableHttpResponse<?> response) {
        String vary = response.getHeaders().get(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding") && !vary.trim().equals("*")) {
            response.getHeaders().set(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_ENCODING);
        }
    }

    /**
     * A 304 to a client that revalidated a content-coded representation carries that representation's tag, so that
     * caches update the response they hold (RFC 9111 §4.3.4), and {@code Vary: Accept-Encoding} as its 200 did.
     */
    private void codeNotModified(HttpRequest<?> request, MutableHttpResponse<?> notModified, Validators current) {
        EntityTag tag = current.etag().orElse(null);
        if (!codedTags || tag == null || tag.isWeak()) {
            return;
        }
        String etag = CodedETags.forNotModified(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), tag);
        if (!etag.equals(tag.toString())) {
            notModified.getHeaders().set(HttpHeaders.ETAG, etag);
            varyByAcceptEncoding(notModified);
        }
    }
}
