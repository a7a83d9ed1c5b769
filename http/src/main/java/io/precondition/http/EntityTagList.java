package io.precondition.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of an If-Match (RFC 9110 §13.1.1) or If-None-Match (§13.1.2) field, kept as its raw lines.
 *
 * <p>All lines of the field form one list (§5.3), as if joined with commas; empty list elements are
 * ignored (§5.6.1), but a quoted tag must end on the line where it starts. The field is either absent (no
 * line), {@code *} (the whole value, with optional whitespace), a list of one or more entity tags, or
 * malformed. Malformed means: an empty value, only commas and whitespace, an unquoted token, an
 * unterminated quote, {@code W/} without a quote, a lower-case {@code w/}, a character outside
 * {@code etagc}, {@code *} mixed with tags or repeated. A malformed list never matches anything; what that means is
 * decided by {@link PreconditionEvaluator} (If-Match fails, If-None-Match is present but matches nothing).
 *
 * <p>A field with more than {@link ListLimits#maxTags()} tags or {@link ListLimits#maxLength()} characters is
 * neither well-formed nor malformed: it is {@linkplain #isTooLarge() too large} to be evaluated, and the request is
 * refused as such (431), since treating it as malformed would change what it means (a too-long If-None-Match would
 * then match nothing and let a write through).
 *
 * <p>Nothing is parsed up front: each query scans the raw lines once, in linear time and without
 * allocating (except {@link #tags()}).
 */
public final class EntityTagList {

    /** More tags than this make the field malformed, by default ({@link ListLimits#DEFAULT}). */
    public static final int MAX_TAGS = 64;

    /**
     * A field longer than this is malformed. The length is that of the combined field value: the lengths
     * of all lines plus one comma between consecutive lines (§5.3). The default of {@link ListLimits#DEFAULT}.
     */
    public static final int MAX_LENGTH = 8192;

    private static final int SHAPE_KNOWN = 1 << 30;
    private static final EntityTagList ABSENT = new EntityTagList(List.of(), ListLimits.DEFAULT);

    private final List<String> lines;
    private final ListLimits limits;
    private int shape; // scan(null) | SHAPE_KNOWN, computed lazily; benign race

    private EntityTagList(List<String> lines, ListLimits limits) {
        this.lines = lines;
        this.limits = limits;
    }

    /**
     * Wraps the lines of one field. The list is copied (cheaply, if it is already immutable); the lines are
     * not parsed until they are queried.
     *
     * @param headerLines every line of the field, in order; null or empty means the field is absent
     * @return the field
     * @throws NullPointerException if a line is null
     */
    public static EntityTagList of(List<String> headerLines) {
        return of(headerLines, ListLimits.DEFAULT);
    }

    /**
     * Wraps the lines of one field, with other bounds than the default.
     *
     * @param headerLines every line of the field, in order; null or empty means the field is absent
     * @param limits beyond these the field is too large
     * @return the field
     * @throws NullPointerException if a line is null
     */
    public static EntityTagList of(List<String> headerLines, ListLimits limits) {
        if (headerLines == null || headerLines.isEmpty()) {
            return ABSENT;
        }
        return new EntityTagList(List.copyOf(headerLines), limits);
    }

    /**
     * Tells whether the field was sent at all (even if malformed).
     *
     * @return true if there is at least one line
     */
    public boolean isPresent() {
        return !lines.isEmpty();
    }

    /**
     * Tells whether the field is exactly {@code *} (with optional whitespace), on a single line.
     *
     * @return true for {@code *}
     */
    public boolean isAny() {
        return (shape() & TagScanner.ANY) != 0;
    }

    /**
     * Tells whether the field is present but not a valid value (see the class description).
     *
     * @return true if malformed
     */
    public boolean isMalformed() {
        return (shape() & TagScanner.MALFORMED) != 0;
    }

    /**
     * Tells whether the field is over its {@link ListLimits}: more tags or more characters than are evaluated.
     * Such a field is not malformed; it must not be evaluated at all (RFC 6585 §5: 431).
     *
     * @return true if too large
     */
    public boolean isTooLarge() {
        return (shape() & TagScanner.TOO_LARGE) != 0;
    }

    /**
     * @return the length of the combined field value: all lines plus one comma between lines (§5.3); 0 if absent
     */
    public long length() {
        long length = lines.isEmpty() ? 0 : lines.size() - 1L;
        for (String line : lines) {
            length += line.length();
        }
        return length;
    }

    /**
     * Tells whether the field is a well-formed list of which some tag strong-matches {@code current}
     * (RFC 9110 §8.8.3.2). False for an absent, malformed or {@code *} field, and for a null {@code current}.
     *
     * @param current the current representation's tag, or null if it has none
     * @return true on a strong match
     */
    public boolean strongMatch(EntityTag current) {
        return (match(current) & TagScanner.STRONG_MATCH) != 0;
    }

    /**
     * Tells whether the field is a well-formed list of which some tag weak-matches {@code current}
     * (RFC 9110 §8.8.3.2). False for an absent, malformed or {@code *} field, and for a null {@code current}.
     *
     * @param current the current representation's tag, or null if it has none
     * @return true on a weak match
     */
    public boolean weakMatch(EntityTag current) {
        return (match(current) & TagScanner.WEAK_MATCH) != 0;
    }

    /**
     * Parses the listed tags (this allocates; meant for tests, logging and debugging).
     *
     * @return the tags in order, or an empty list if the field is absent, malformed, too large or {@code *}
     */
    public List<EntityTag> tags() {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<EntityTag> tags = new ArrayList<>();
        int flags = TagScanner.scan(lines, null, tags, null, limits);
        return (flags & (TagScanner.MALFORMED | TagScanner.ANY | TagScanner.TOO_LARGE)) != 0
            ? List.of() : List.copyOf(tags);
    }

    /**
     * Returns the raw lines joined as one field value, for logging.
     *
     * @return the combined field value
     */
    @Override
    public String toString() {
        return String.join(", ", lines);
    }

    /**
     * Package-private: one scan that validates and compares with {@code current}.
     *
     * @return {@link TagScanner} flags; 0 when absent
     */
    int match(EntityTag current) {
        if (lines.isEmpty()) {
            return 0;
        }
        if (current == null) {
            return shape();
        }
        return TagScanner.scan(lines, current, null, null, limits);
    }

    private int shape() {
        int s = shape;
        if (s == 0) {
            s = (lines.isEmpty() ? 0 : TagScanner.scan(lines, null, null, null, limits)) | SHAPE_KNOWN;
            shape = s;
        }
        return s;
    }

    /** Package-private: the raw lines, for tests. */
    List<String> lines() {
        return lines;
    }
}
