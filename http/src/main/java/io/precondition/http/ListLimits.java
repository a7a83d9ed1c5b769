package io.precondition.http;

/**
 * Bounds on an If-Match or If-None-Match field: beyond them the field is too large to be evaluated
 * ({@link EntityTagList#isTooLarge()}, answered with 431), which keeps the work per request bounded whatever a client
 * sends without changing what a field means.
 *
 * @param maxTags the most entity tags the field may list
 * @param maxLength the most characters of the combined field value (all lines, plus one comma between lines, §5.3)
 */
public record ListLimits(int maxTags, int maxLength) {

    /** {@value EntityTagList#MAX_TAGS} tags, {@value EntityTagList#MAX_LENGTH} characters. */
    public static final ListLimits DEFAULT = new ListLimits(EntityTagList.MAX_TAGS, EntityTagList.MAX_LENGTH);

    /**
     * @throws IllegalArgumentException if a bound is below 1
     */
    public ListLimits {
        if (maxTags < 1 || maxLength < 1) {
            throw new IllegalArgumentException("limits must be at least 1: " + maxTags + ", " + maxLength);
        }
    }
}
