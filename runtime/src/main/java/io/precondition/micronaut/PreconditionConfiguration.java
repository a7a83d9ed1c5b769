package io.precondition.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.util.Toggleable;
import io.micronaut.http.filter.ServerFilterPhase;
import io.precondition.http.EntityTagList;
import io.precondition.http.ListLimits;

/**
 * Settings under {@code precondition.*}, with their defaults:
 *
 * <pre>{@code
 * precondition:
 *   enabled: true            # the generated filters run
 *   cache-control: no-cache  # sent with versioned 200 and 304 responses that set none themselves; "" sends none
 *   require-guard: true      # false: no write is refused with 428 (a handler's requireGuard = false does it for one)
 *   etag-format: version     # version: the tag shows its parts ("<id>.<version>"); hashed: a digest of them
 *   max-tags: 64             # more entity tags in If-Match / If-None-Match are not evaluated: 431
 *   max-list-length: 8192    # so are more characters
 *   date-header: true        # every response gets Date as an IMF-fixdate, from the server's clock
 *   filter-order: 39250      # after micronaut-security (ServerFilterPhase.SECURITY), so 401/403 come first
 *   max-stream-elements: 10000  # a longer Flux / Publisher body is streamed without validators
 * }</pre>
 */
@ConfigurationProperties(PreconditionConfiguration.PREFIX)
public class PreconditionConfiguration implements Toggleable {

    /** The configuration prefix. */
    public static final String PREFIX = "precondition";

    /** The default of {@link #getMaxStreamElements()}. */
    public static final int DEFAULT_MAX_STREAM_ELEMENTS = 10_000;

    /** How entity tags are written. */
    public enum ETagFormat {
        /** The validator parts themselves, e.g. {@code "2b1f...-9c.7"}: cheapest, and readable when debugging. */
        VERSION,
        /** A SHA-256 digest of the parts (22 base64url characters): does not show ids or versions to clients. */
        HASHED
    }

    // Each setter's @Bindable(defaultValue) repeats the initializer for the configuration metadata (IDE completion),
    // which Micronaut's processor reads only from there; ConfigurationMetadataTest keeps the two equal.
    private boolean enabled = true;
    private String cacheControl = "no-cache";
    private boolean requireGuard = true;
    private ETagFormat etagFormat = ETagFormat.VERSION;
    private boolean codedEtags = true;
    private int maxTags = EntityTagList.MAX_TAGS;
    private int maxListLength = EntityTagList.MAX_LENGTH;
    private int filterOrder = ServerFilterPhase.SECURITY.after();
    private boolean dateHeader = true;
    private int maxStreamElements = DEFAULT_MAX_STREAM_ELEMENTS;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * @param enabled whether the generated filters run; default {@code true}
     */
    @Bindable(defaultValue = "true")
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * @return the {@code Cache-Control} value for versioned GET responses; default {@code no-cache}, so that
     *     caches revalidate with the validators on every use (RFC 9111 §5.2.2.4)
     */
    public String getCacheControl() {
        return cacheControl;
    }

    /**
     * @param cacheControl the {@code Cache-Control} value for versioned GET responses; empty for none
     */
    @Bindable(defaultValue = "no-cache")
    public void setCacheControl(String cacheControl) {
        this.cacheControl = cacheControl == null ? "" : cacheControl;
    }

    /** @return whether writes without a guard get 428 (RFC 6585 §3); default {@code true} */
    public boolean isRequireGuard() {
        return requireGuard;
    }

    /**
     * @param requireGuard whether writes without a guard get 428; {@code false} switches it off for all handlers
     */
    @Bindable(defaultValue = "true")
    public void setRequireGuard(boolean requireGuard) {
        this.requireGuard = requireGuard;
    }

    /** @return how entity tags are written; default {@link ETagFormat#VERSION} */
    public ETagFormat getEtagFormat() {
        return etagFormat;
    }

    /**
     * @param etagFormat how entity tags are written
     */
    @Bindable(defaultValue = "version")
    public void setEtagFormat(ETagFormat etagFormat) {
        this.etagFormat = etagFormat == null ? ETagFormat.VERSION : etagFormat;
    }

    /** @return the most tags an If-Match / If-None-Match may list; default {@value EntityTagList#MAX_TAGS} */
    public int getMaxTags() {
        return maxTags;
    }

    /**
     * @param maxTags the most tags of an If-Match / If-None-Match that are evaluated (at least 1); more: 431
     */
    @Bindable(defaultValue = "" + EntityTagList.MAX_TAGS)
    public void setMaxTags(int maxTags) {
        this.maxTags = maxTags;
    }

    /** @return the most characters of an If-Match / If-None-Match; default {@value EntityTagList#MAX_LENGTH} */
    public int getMaxListLength() {
        return maxListLength;
    }

    /**
     * @param maxListLength the most characters of an If-Match / If-None-Match field that are evaluated (at least 1);
     *     more: 431
     */
    @Bindable(defaultValue = "" + EntityTagList.MAX_LENGTH)
    public void setMaxListLength(int maxListLength) {
        this.maxListLength = maxListLength;
    }

    /** @return the limits of entity-tag lists, from {@link #getMaxTags()} and {@link #getMaxListLength()} */
    public ListLimits listLimits() {
        return new ListLimits(maxTags, maxListLength);
    }

    /**
     * @return the order of the generated filters; default just after {@link ServerFilterPhase#SECURITY}, so that
     *     authentication answers first (RFC 9110 §13.2.1: preconditions apply to requests that would otherwise
     *     succeed)
     */
    public int getFilterOrder() {
        return filterOrder;
    }

    /**
     * @param filterOrder the order of the generated filters
     */
    @Bindable(defaultValue = "39250")
    public void setFilterOrder(int filterOrder) {
        this.filterOrder = filterOrder;
    }

    /**
     * @return whether a content-coded response's strong {@code ETag} gets the coding's suffix ({@code "X+gzip"})
     *     and request tags with that suffix name the uncoded state; default {@code true}
     */
    public boolean isCodedEtags() {
        return codedEtags;
    }

    /**
     * @param codedEtags whether content-coded tags are written and understood
     */
    @Bindable(defaultValue = "true")
    public void setCodedEtags(boolean codedEtags) {
        this.codedEtags = codedEtags;
    }

    /**
     * @return whether every response gets {@code Date} as an IMF-fixdate from the server's clock (a Netty handler of
     *     {@code io.precondition.micronaut.netty}, and a filter for HTTP/2); default {@code true}
     */
    public boolean isDateHeader() {
        return dateHeader;
    }

    /**
     * @param dateHeader whether every response gets {@code Date} as an IMF-fixdate; {@code false} leaves Micronaut's
     */
    @Bindable(defaultValue = "true")
    public void setDateHeader(boolean dateHeader) {
        this.dateHeader = dateHeader;
    }

    /**
     * @return the most elements of a stream body ({@code Flux<T>}, {@code Publisher<T>}) collected to compute its
     *     tag; default {@value #DEFAULT_MAX_STREAM_ELEMENTS}. A stream that emits more is sent without validators,
     *     streamed as it would be without Precondition (the elements collected so far first, then the rest), so that
     *     no more than this many elements plus one are held in memory for it
     */
    public int getMaxStreamElements() {
        return maxStreamElements;
    }

    /**
     * @param maxStreamElements the most elements of a stream body collected to compute its tag (at least 0; 0
     *     validates only empty streams)
     */
    @Bindable(defaultValue = "" + DEFAULT_MAX_STREAM_ELEMENTS)
    public void setMaxStreamElements(int maxStreamElements) {
        this.maxStreamElements = Math.max(0, maxStreamElements);
    }
}
