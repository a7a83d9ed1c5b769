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
        if (isTheTargetSentBack(lines, target, sink, counter, limits)) {
            return target.isWeak() ? WEAK_MATCH : WEAK_MATCH | STRONG_MATCH;
        }
        if (lines.isEmpty()) {
            return MALFORMED;
        }
        if (combinedLength(lines) > limits.maxLength()) {
            return TOO_LARGE;
        }
        if (lines.size() == 1 && isStar(lines.get(0), counter)) {
            return ANY; // "*" is the whole field value, never a list member (§13.1.1, §13.1.2)
        }
        int tags = 0;
        int matches = 0;
        for (int l = 0; l < lines.size(); l++) {
            String s = lines.get(l);
            int len = s.length();
            int i = skipOws(s, 0, counter);
            while (i < len) {
                char c = at(s, i, counter);
                if (c == ',') {
                    i = skipOws(s, i + 1, counter); // empty element (§5.6.1)
                    continue;
                }
                int end = tagEnd(s, i, c, counter); // a "*" here is malformed: it is not an entity-tag
                if (end < 0) {
                    return MALFORMED;
                }
                if (++tags > limits.maxTags()) {
                    return TOO_LARGE;
                }
                matches |= compared(s, i, end, target, sink, counter);
                i = skipOws(s, end, counter);
                if (i < len && at(s, i, counter) != ',') {
                    return MALFORMED; // two elements without a comma, e.g. "a" "b"
                }
            }
        }
        return tags == 0 ? MALFORMED : matches;
    }

    /** @return whether the line is {@code *} with optional whitespace around it */
    private static boolean isStar(String s, VisitCounter counter) {
        int i = skipOws(s, 0, counter);
        return i < s.length() && at(s, i, counter) == '*' && skipOws(s, i + 1, counter) == s.length();
    }

    /**
     * The common revalidation: the client sends back the one tag it was given. A line equal to the target's own
     * (valid) header form is a one-tag list that matches it; no need to validate it char by char.
     */
    private static boolean isTheTargetSentBack(List<String> lines, EntityTag target, List<EntityTag> sink,
                                               VisitCounter counter, ListLimits limits) {
        return lines.size() == 1 && target != null && sink == null && counter == null && limits.maxTags() >= 1
                && lines.get(0).equals(target.toString()) && lines.get(0).length() <= limits.maxLength();
    }

    /** The length of the lines combined into one value, with a comma between them (§5.3). */
    private static long combinedLength(List<String> lines) {
        long length = lines.size() - 1L;
        for (int l = 0; l < lines.size(); l++) {
            length += lines.get(l).length();
        }
        return length;
    }

    /**
     * @param c the character at {@code i}, already read
     * @return the index after the closing quote of the entity-tag that starts at {@code i}, or -1 when it is not one:
     *     an unquoted token, {@code W/} without a quote, a lower-case {@code w/}, an unterminated tag (within its line)
     *     or a character outside etagc
     */
    private static int tagEnd(String s, int i, char c, VisitCounter counter) {
        int len = s.length();
        if (c == 'W') {
            if (i + 1 >= len || at(s, i + 1, counter) != '/') {
                return -1;
            }
            i += 2;
        }
        if (i >= len || at(s, i, counter) != '"') {
            return -1;
        }
        i++;
        while (i < len && EntityTag.isEtagc(at(s, i, counter))) {
            i++;
        }
        if (i >= len || at(s, i, counter) != '"') {
            return -1;
        }
        return i + 1;
    }

    /**
     * Compares the entity-tag {@code s[from, end)} (already validated by {@link #tagEnd}) with the target and hands
     * it to the sink.
     *
     * @return {@link #STRONG_MATCH} and {@link #WEAK_MATCH} as it matches the target, else 0
     */
    private static int compared(String s, int from, int end, EntityTag target, List<EntityTag> sink,
                                VisitCounter counter) {
        boolean weak = s.charAt(from) == 'W'; // read once already, by tagEnd
        int start = from + (weak ? 3 : 1);
        int close = end - 1;
        int matches = 0;
        if (target != null) {
            if (counter != null) {
                counter.visits += close - start;
            }
            if (target.opaqueEquals(s, start, close)) {
                matches = (weak || target.isWeak()) ? WEAK_MATCH : WEAK_MATCH | STRONG_MATCH;
            }
        }
        if (sink != null) {
            String opaque = s.substring(start, close);
            sink.add(weak ? EntityTag.weak(opaque) : EntityTag.strong(opaque));
        }
        return matches;
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
