package io.precondition.http;

import java.util.List;

/**
 * The one-pass, allocation-free scanner behind {@link EntityTagList}: it validates an If-Match or
 * If-None-Match field (all its lines, RFC 9110 §5.3) and compares every listed tag with a target as it goes.
 *
 * <pre>
 *   If-Match = "*" / #entity-tag          (RFC 9110 §13.1.1; same for If-None-Match, §13.1.2)
 *   #element = [ element ] *( OWS "," OWS [ element ] )   (§5.6.1: empty elements are ignored)
 * </pre>
 *
 * <p>Each character is read once (plus one comparison of each tag's own characters with the target),
 * so the work is linear in the field's length, which is bounded by {@link ListLimits#maxLength()}.
 * Every read goes through {@link #at}, so that tests can count them with a {@link VisitCounter}.
 */
final class TagScanner {

    /** The field is not a valid list; no other bit is set. */
    static final int MALFORMED = 1;
    /** The field is exactly {@code *}. */
    static final int ANY = 2;
    /** Some listed tag strong-matches the target. */
    static final int STRONG_MATCH = 4;
    /** Some listed tag weak-matches the target. */
    static final int WEAK_MATCH = 8;
    /** The field has more tags or characters than the {@link ListLimits} allow, so it is not evaluated at all. */
    static final int TOO_LARGE = 16;

    /** Counts character reads, for the linearity tests. Production passes null. */
    static final class VisitCounter {
        long visits;
    }

    private TagScanner() {
    }

    /**
     * Scans the field.
     *
     * @param lines   the field lines, not empty
     * @param target  the tag to compare with, or null
     * @param sink    receives the parsed tags in order, or null (only for {@link EntityTagList#tags()})
     * @param counter counts character reads, or null
     * @param limits  beyond these the field is too large ({@link #TOO_LARGE}, not malformed: it is not evaluated)
     * @return {@link #TOO_LARGE}, or a combination of {@link #MALFORMED}, {@link #ANY}, {@link #STRONG_MATCH},
     *     {@link #WEAK_MATCH}
     */
    static int scan(List<String> lines, EntityTag target, List<EntityTag> sink, VisitCounter counter,
                    ListLimits limits) {
        int n = lines.size();
        if (n == 1 && target != null && sink == null && counter == null && limits.maxTags() >= 1
                && lines.get(0).equals(target.toString()) && lines.get(0).length() <= limits.maxLength()) {
            // The common revalidation: the client sends back the one tag it was given. A line equal to the target's
            // own (valid) header form is a one-tag list that matches it; no need to validate it char by char.
            return target.isWeak() ? WEAK_MATCH : WEAK_MATCH | STRONG_MATCH;
        }
        long length = n - 1L; // one comma between combined lines (§5.3)
        for (int l = 0; l < n; l++) {
            length += lines.get(l).length();
        }
        if (n == 0) {
            return MALFORMED;
        }
        if (length > limits.maxLength()) {
            return TOO_LARGE;
        }
        int tags = 0;
        int stars = 0;
        int commas = n - 1;
        int matches = 0;
        for (int l = 0; l < n; l++) {
            String s = lines.get(l);
            int len = s.length();
            int i = 0;
            while (true) {
                i = skipOws(s, i, counter);
                if (i == len) {
                    break; // end of line: an empty (last) element is fine
                }
                char c = at(s, i, counter);
                if (c == ',') {
                    commas++;
                    i++;
                    continue; // empty element (§5.6.1)
                }
                if (c == '*') {
                    stars++;
                    i++;
                } else {
                    boolean weak = false;
                    if (c == 'W') {
                        if (i + 1 >= len || at(s, i + 1, counter) != '/') {
                            return MALFORMED;
                        }
                        weak = true;
                        i += 2;
                    }
                    if (i >= len || at(s, i, counter) != '"') {
                        return MALFORMED; // unquoted token, W/ without a quote, lower-case w/
                    }
                    int start = ++i;
                    while (i < len && EntityTag.isEtagc(at(s, i, counter))) {
                        i++;
                    }
                    if (i >= len || at(s, i, counter) != '"') {
                        return MALFORMED; // unterminated (within its line) or a character outside etagc
                    }
                    int end = i++;
                    if (++tags > limits.maxTags()) {
                        return TOO_LARGE;
                    }
                    if (target != null) {
                        if (counter != null) {
                            counter.visits += end - start;
                        }
                        if (target.opaqueEquals(s, start, end)) {
                            matches |= (weak || target.isWeak()) ? WEAK_MATCH : WEAK_MATCH | STRONG_MATCH;
                        }
                    }
                    if (sink != null) {
                        String opaque = s.substring(start, end);
                        sink.add(weak ? EntityTag.weak(opaque) : EntityTag.strong(opaque));
                    }
                }
                i = skipOws(s, i, counter);
                if (i == len) {
                    break;
                }
                if (at(s, i, counter) != ',') {
                    return MALFORMED; // two elements without a comma, e.g. "a" "b" or **
                }
                commas++;
                i++;
            }
        }
        if (stars > 0) {
            // "*" is the whole field value, not a list member (§13.1.1, §13.1.2)
            return stars == 1 && tags == 0 && commas == 0 ? ANY : MALFORMED;
        }
        return tags == 0 ? MALFORMED : matches;
    }

    private static int skipOws(String s, int i, VisitCounter counter) {
        int len = s.length();
        while (i < len && EntityTag.isOws(at(s, i, counter))) {
            i++;
        }
        return i;
    }

    private static char at(String s, int i, VisitCounter counter) {
        if (counter != null) {
            counter.visits++;
        }
        return s.charAt(i);
    }
}
