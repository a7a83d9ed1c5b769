package io.precondition.http;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The four precondition fields of a request (RFC 9110 §13.1), as received: each is given as all of its
 * field lines, in order. Entity-tag lists are scanned and dates parsed only when asked for.
 */
public final class Conditionals {

    /** A request without any precondition field. */
    public static final Conditionals NONE =
        new Conditionals(List.of(), List.of(), List.of(), List.of(), ListLimits.DEFAULT);

    private final EntityTagList ifMatch;
    private final EntityTagList ifNoneMatch;
    private final List<String> ifModifiedSinceLines;
    private final List<String> ifUnmodifiedSinceLines;
    private final boolean empty;
    private Optional<Instant> ifModifiedSince;   // lazily parsed; benign race (Optional is immutable)
    private Optional<Instant> ifUnmodifiedSince; // lazily parsed; benign race

    private Conditionals(List<String> ifMatch, List<String> ifNoneMatch, List<String> ifModifiedSince,
                         List<String> ifUnmodifiedSince, ListLimits limits) {
        this.ifMatch = EntityTagList.of(ifMatch, limits);
        this.ifNoneMatch = EntityTagList.of(ifNoneMatch, limits);
        this.ifModifiedSinceLines = copy(ifModifiedSince);
        this.ifUnmodifiedSinceLines = copy(ifUnmodifiedSince);
        this.empty = !this.ifMatch.isPresent() && !this.ifNoneMatch.isPresent()
            && ifModifiedSinceLines.isEmpty() && ifUnmodifiedSinceLines.isEmpty();
    }

    /**
     * Collects the precondition fields of a request. Each argument holds every line of that field, in
     * order; an empty list (or null) means the field is absent.
     *
     * @param ifMatch           the If-Match lines (§13.1.1)
     * @param ifNoneMatch       the If-None-Match lines (§13.1.2)
     * @param ifModifiedSince   the If-Modified-Since lines (§13.1.3)
     * @param ifUnmodifiedSince the If-Unmodified-Since lines (§13.1.4)
     * @return the request's preconditions
     * @throws NullPointerException if a line is null
     */
    public static Conditionals of(List<String> ifMatch, List<String> ifNoneMatch, List<String> ifModifiedSince,
                                  List<String> ifUnmodifiedSince) {
        return of(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince, ListLimits.DEFAULT);
    }

    /**
     * Collects the precondition fields of a request, with other bounds on the entity-tag lists than the default.
     *
     * @param ifMatch           the If-Match lines (§13.1.1)
     * @param ifNoneMatch       the If-None-Match lines (§13.1.2)
     * @param ifModifiedSince   the If-Modified-Since lines (§13.1.3)
     * @param ifUnmodifiedSince the If-Unmodified-Since lines (§13.1.4)
     * @param limits            beyond these an entity-tag list is too large to be evaluated
     * @return the request's preconditions
     * @throws NullPointerException if a line is null
     */
    public static Conditionals of(List<String> ifMatch, List<String> ifNoneMatch, List<String> ifModifiedSince,
                                  List<String> ifUnmodifiedSince, ListLimits limits) {
        Conditionals c = new Conditionals(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince, limits);
        return c.empty ? NONE : c;
    }

    /**
     * Returns the If-Match field (RFC 9110 §13.1.1).
     *
     * @return the field, possibly absent or malformed
     */
    public EntityTagList ifMatch() {
        return ifMatch;
    }

    /**
     * Returns the If-None-Match field (RFC 9110 §13.1.2).
     *
     * @return the field, possibly absent or malformed
     */
    public EntityTagList ifNoneMatch() {
        return ifNoneMatch;
    }

    /**
     * Returns the If-Modified-Since date (RFC 9110 §13.1.3).
     *
     * @return the date, or empty if the field is absent, is not a valid HTTP-date, or has more than one line
     *     (a recipient must ignore it then)
     */
    public Optional<Instant> ifModifiedSince() {
        Optional<Instant> d = ifModifiedSince;
        if (d == null) {
            d = singleDate(ifModifiedSinceLines);
            ifModifiedSince = d;
        }
        return d;
    }

    /**
     * Returns the If-Unmodified-Since date (RFC 9110 §13.1.4).
     *
     * @return the date, or empty if the field is absent, is not a valid HTTP-date, or has more than one line
     *     (a recipient must ignore it then)
     */
    public Optional<Instant> ifUnmodifiedSince() {
        Optional<Instant> d = ifUnmodifiedSince;
        if (d == null) {
            d = singleDate(ifUnmodifiedSinceLines);
            ifUnmodifiedSince = d;
        }
        return d;
    }

    /**
     * Returns the first entity-tag field that is over its limits and so cannot be evaluated (RFC 6585 §5).
     *
     * @return {@code "If-Match"} or {@code "If-None-Match"}, or empty when both are within their limits
     */
    public Optional<String> fieldTooLarge() {
        if (ifMatch.isTooLarge()) {
            return Optional.of("If-Match");
        }
        return ifNoneMatch.isTooLarge() ? Optional.of("If-None-Match") : Optional.empty();
    }

    /**
     * Tells whether the request has no precondition field at all (the fast path).
     *
     * @return true if none of the four fields is present
     */
    public boolean isEmpty() {
        return empty;
    }

    /**
     * Describes the fields, for logging.
     *
     * @return a description of the present fields
     */
    @Override
    public String toString() {
        return "Conditionals[If-Match=" + ifMatch.lines() + ", If-None-Match=" + ifNoneMatch.lines()
            + ", If-Modified-Since=" + ifModifiedSinceLines + ", If-Unmodified-Since=" + ifUnmodifiedSinceLines + "]";
    }

    private static Optional<Instant> singleDate(List<String> lines) {
        // One member only: a second line is a second member (§5.3); a second member on the same line
        // makes the value an invalid HTTP-date, since every HTTP-date form has a fixed shape.
        return lines.size() == 1 ? HttpDate.parse(lines.get(0)) : Optional.empty();
    }

    private static List<String> copy(List<String> lines) {
        return lines == null || lines.isEmpty() ? List.of() : List.copyOf(lines);
    }
}
