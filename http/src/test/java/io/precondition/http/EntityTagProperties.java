package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of entity tags and the If-Match / If-None-Match scanner (RFC 9110 §8.8.3, §13.1.1-2, §5.6.1). */
class EntityTagProperties {

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> opaques() {
        Arbitrary<Character> etagc = Arbitraries.oneOf(
            Arbitraries.of('!'), Arbitraries.chars().range('#', '~'), Arbitraries.chars().range('\u0080', '\u00ff'));
        return etagc.list().ofMaxSize(20).map(EntityTagProperties::join);
    }

    @Provide
    Arbitrary<EntityTag> tags() {
        return Combinators.combine(opaques(), Arbitraries.of(true, false))
            .as((opaque, weak) -> weak ? EntityTag.weak(opaque) : EntityTag.strong(opaque));
    }

    /** Field lines made of the characters that matter to the grammar, to hit the edge cases often. */
    @Provide
    Arbitrary<List<String>> adversarialLines() {
        Arbitrary<String> line = Arbitraries.of('"', '"', '"', ',', ',', ' ', '\t', 'W', '/', 'w', '*', 'a', '1',
                '\u00e9', '\u0001', '\u20ac')
            .list().ofMaxSize(24).map(EntityTagProperties::join);
        return line.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Well-formed field lines, assembled from tags, OWS, empty elements and line breaks. */
    @Provide
    Arbitrary<List<String>> wellFormedLines() {
        Arbitrary<String> ows = Arbitraries.of("", " ", "\t", " \t ");
        Arbitrary<String> element = Combinators.combine(ows, tags(), ows).as((a, t, b) -> a + t + b);
        Arbitrary<String> emptyElement = ows;
        Arbitrary<List<String>> elements = Arbitraries.oneOf(element, element, element, element, emptyElement).list().ofMinSize(1).ofMaxSize(8);
        return elements.filter(es -> es.stream().anyMatch(e -> e.contains("\"")))
            .flatMap(es -> Arbitraries.integers().between(0, es.size()).list().ofMaxSize(2).map(breaks -> toLines(es, breaks)));
    }

    // ---------------------------------------------------------------- round trips

    @Property(seed = Seeds.FIXED)
    void tagRoundTripsThroughHeaderForm(@ForAll("tags") EntityTag tag) {
        assertEquals(Optional.of(tag), EntityTag.parse(tag.toString()));
        assertEquals(Optional.of(tag), EntityTag.parse(" \t" + tag + "\t "));
        EntityTagList list = EntityTagList.of(List.of(tag.toString()));
        assertEquals(List.of(tag), list.tags());
        assertEquals(!tag.isWeak(), list.strongMatch(tag));
        assertTrue(list.weakMatch(tag));
    }

    @Property(seed = Seeds.FIXED)
    void wellFormedListsParseToTheirTags(@ForAll("wellFormedLines") List<String> lines, @ForAll("tags") EntityTag current) {
        EntityTagList list = EntityTagList.of(lines);
        List<EntityTag> expected = Reference.tags(lines);
        assertTrue(!list.isMalformed() && !list.isAny(), "well-formed: " + lines);
        assertEquals(expected, list.tags());
        for (EntityTag t : expected) {
            assertEquals(!t.isWeak(), list.strongMatch(t), "listed " + t);
            assertTrue(list.weakMatch(t), "listed " + t);
        }
        assertEquals(expected.stream().anyMatch(t -> t.strongMatch(current)), list.strongMatch(current));
        assertEquals(expected.stream().anyMatch(t -> t.weakMatch(current)), list.weakMatch(current));
    }

    // ---------------------------------------------------------------- arbitrary input

    @Property(tries = 3000, seed = Seeds.FIXED)
    void adversarialFieldsAgreeWithAReferenceGrammar(@ForAll("adversarialLines") List<String> lines,
                                                     @ForAll("tags") EntityTag current) {
        check(lines, current);
        // also as the target: a tag whose opaque part appears in the input, to make matches likely
        List<EntityTag> listed = Reference.tags(lines);
        if (listed != null) {
            for (EntityTag t : listed) {
                check(lines, EntityTag.strong(t.opaque()));
                check(lines, EntityTag.weak(t.opaque()));
            }
        }
    }

    @Property(seed = Seeds.FIXED)
    void arbitraryStringsNeverThrowAndAgreeWithTheReference(@ForAll @Size(max = 3) List<String> lines,
                                                            @ForAll("tags") EntityTag current) {
        EntityTag.parse(lines.isEmpty() ? "" : lines.get(0));
        check(lines, current);
    }

    /** The scanner agrees with a regular-expression reference (fine in a test) on every query. */
    private static void check(List<String> lines, EntityTag current) {
        EntityTagList list = EntityTagList.of(lines);
        List<EntityTag> tags = Reference.tags(lines); // null: malformed or *
        boolean any = Reference.isAny(lines);
        assertEquals(!lines.isEmpty(), list.isPresent());
        assertEquals(any, list.isAny(), () -> "any: " + lines);
        assertEquals(!lines.isEmpty() && !any && tags == null, list.isMalformed(), () -> "malformed: " + lines);
        assertEquals(tags == null ? List.of() : tags, list.tags(), () -> "tags: " + lines);
        // If-Match: a strong match only for a well-formed list that contains a strongly matching tag
        boolean strong = tags != null && tags.stream().anyMatch(t -> t.strongMatch(current));
        boolean weak = tags != null && tags.stream().anyMatch(t -> t.weakMatch(current));
        assertEquals(strong, list.strongMatch(current), () -> "strong " + current + " in " + lines);
        assertEquals(weak, list.weakMatch(current), () -> "weak " + current + " in " + lines);
        Validators v = Validators.of(current, null);
        Conditionals im = Conditionals.of(lines, List.of(), List.of(), List.of());
        Decision d = PreconditionEvaluator.evaluate(false, im, v);
        assertEquals(!lines.isEmpty() && !any && !strong ? Decision.PRECONDITION_FAILED : Decision.PROCEED, d,
            () -> "If-Match " + lines);
    }

    /**
     * An independent reading of the grammar with regular expressions. Lines combine with commas (§5.3) but a
     * quoted tag must not span lines; {@code *} must be the whole (single-line) value.
     */
    static final class Reference {
        static final String TAG = "(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"";
        static final Pattern LINE = Pattern.compile("[ \\t]*(?:" + TAG + "[ \\t]*)?(?:,[ \\t]*(?:" + TAG + "[ \\t]*)?)*");
        static final Pattern ONE_TAG = Pattern.compile(TAG);

        static boolean isAny(List<String> lines) {
            return lines.size() == 1 && lines.get(0).matches("[ \\t]*\\*[ \\t]*");
        }

        /** The tags, or null if the field is absent, malformed or {@code *}. */
        static List<EntityTag> tags(List<String> lines) {
            if (lines.isEmpty() || isAny(lines)) {
                return null;
            }
            long length = lines.size() - 1L + lines.stream().mapToLong(String::length).sum();
            if (length > EntityTagList.MAX_LENGTH) {
                return null;
            }
            List<EntityTag> tags = new ArrayList<>();
            for (String line : lines) {
                if (!LINE.matcher(line).matches()) {
                    return null;
                }
                Matcher m = ONE_TAG.matcher(line);
                while (m.find()) {
                    tags.add(m.group(1) != null ? EntityTag.weak(m.group(2)) : EntityTag.strong(m.group(2)));
                }
            }
            return tags.isEmpty() || tags.size() > EntityTagList.MAX_TAGS ? null : tags;
        }
    }

    // ---------------------------------------------------------------- linear time

    @Property(tries = 300, seed = Seeds.FIXED)
    void scannerReadsEachCharacterAtMostFourTimes(@ForAll("adversarialLines") List<String> lines,
                                                  @ForAll("tags") EntityTag current) {
        long chars = lines.stream().mapToLong(String::length).sum();
        assertTrue(visits(lines, current) <= 4 * (chars + lines.size()));
    }

    @Example
    void scannerIsLinearOnLargeAdversarialInputs() {
        List<java.util.function.IntFunction<String>> shapes = List.of(
            n -> " ".repeat(n - 3) + "\"a\"",                     // a long OWS run
            n -> "\"" + "a".repeat(n - 1),                        // an unterminated quote
            n -> "\"" + ",".repeat(n - 1),                        // a quote full of commas
            n -> "W/\"" + ",".repeat(n - 3),                      // weak, unterminated, all commas
            n -> ", ".repeat((n - 3) / 2) + "\"a\"",              // empty elements, then one tag
            n -> "\"" + "x".repeat(n - 3) + "y\"",                // one long tag, compared in full with the target
            n -> "\"a\"" + " ".repeat(n - 5) + "*");              // a long gap before a misplaced *
        EntityTag target = EntityTag.strong("x".repeat(8192 - 3) + "z"); // same length as shape 6's tag
        EntityTag target4k = EntityTag.strong("x".repeat(4096 - 3) + "z");
        for (var shape : shapes) {
            String small = shape.apply(4096);
            String large = shape.apply(8192);
            assertTrue(large.length() <= EntityTagList.MAX_LENGTH && large.length() >= 8190, "size " + large.length());
            long v4 = visits(List.of(small), target4k);
            long v8 = visits(List.of(large), target);
            assertTrue(v4 >= small.length() / 2 && v8 >= large.length() / 2, "the scanner reads the input: " + v4 + ", " + v8);
            assertTrue(v8 <= 4L * large.length(), "at most 4 reads per character: " + v8);
            assertTrue(v8 <= 2 * v4 + 16, "doubling the input at most doubles the work: " + v4 + " -> " + v8);
        }
    }

    @Example
    void tooLongInputIsRejectedWithoutReadingIt() {
        assertEquals(0, visits(List.of(" ".repeat(EntityTagList.MAX_LENGTH + 1)), null));
        assertEquals(0, visits(List.of("\"a\"".repeat(5000), "\"b\""), null));
    }

    @Property(seed = Seeds.FIXED)
    void theEchoedTagShortcutAgreesWithTheFullScan(@ForAll("tags") EntityTag sent, @ForAll("tags") EntityTag current) {
        // A client that echoes a tag sends exactly its header form (RFC 9110 §8.8.3); the scanner answers that line
        // without a full scan, and must answer what the full scan (forced by a counter) answers.
        for (EntityTag target : List.of(sent, current)) {
            List<String> line = List.of(sent.toString());
            int shortcut = TagScanner.scan(line, target, null, null, ListLimits.DEFAULT);
            int full = TagScanner.scan(line, target, null, new TagScanner.VisitCounter(), ListLimits.DEFAULT);
            assertEquals(full, shortcut, sent + " vs " + target);
        }
    }

    private static long visits(List<String> lines, EntityTag target) {
        TagScanner.VisitCounter counter = new TagScanner.VisitCounter();
        TagScanner.scan(lines, target, null, counter, ListLimits.DEFAULT);
        return counter.visits;
    }

    // ---------------------------------------------------------------- the builder is injective

    /** A typed builder part. */
    record Part(char type, Object value) {
        void addTo(EntityTag.Builder b) {
            switch (type) {
                case 'L' -> b.add((long) (Long) value);
                case 'S' -> b.add((String) value);
                case 'U' -> b.add((UUID) value);
                default -> b.add((byte[]) value);
            }
        }

        boolean sameValue(Object other) {
            return value instanceof byte[] ? Arrays.equals((byte[]) value, (byte[]) other) : value.equals(other);
        }
    }

    @Provide
    Arbitrary<List<Part>> parts() {
        Arbitrary<Part> part = Arbitraries.oneOf(
            Arbitraries.longs().map(v -> new Part('L', v)),
            Arbitraries.strings().all().ofMaxLength(12).map(s -> new Part('S', s)), // includes lone surrogates
            Arbitraries.strings().withChars(".%2Eae-_~").ofMaxLength(6).map(s -> new Part('S', s)),
            Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong())).map(u -> new Part('U', u)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(10).map(b -> new Part('B', b)));
        return part.list().ofMinSize(1).ofMaxSize(6);
    }

    /** Injective: the tag and the part types give back every value, so different values give different tags. */
    @Property(tries = 2000, seed = Seeds.FIXED)
    void builderOutputDecodesToItsParts(@ForAll("parts") List<Part> parts) {
        EntityTag.Builder b = EntityTag.builder();
        parts.forEach(p -> p.addTo(b));
        EntityTag tag = b.strong();
        assertEquals(Optional.of(tag), EntityTag.parse(tag.toString()), "a valid entity tag");
        assertEquals(tag.opaque(), b.weak().opaque());
        String[] fields = tag.opaque().split("\\.", -1);
        assertEquals(parts.size(), fields.length, "one field per part: " + tag);
        for (int i = 0; i < fields.length; i++) {
            Part p = parts.get(i);
            Object decoded = switch (p.type()) {
                case 'L' -> Long.parseLong(fields[i]);
                case 'S' -> percentDecode(fields[i]);
                case 'U' -> UUID.fromString(fields[i]);
                default -> Base64.getUrlDecoder().decode(fields[i]);
            };
            assertTrue(p.sameValue(decoded), "part " + i + " of " + tag);
        }
    }

    @Property(tries = 2000, seed = Seeds.FIXED)
    void stringListsGiveEqualTagsOnlyWhenEqual(@ForAll("stringLists") List<String> a, @ForAll("stringLists") List<String> b) {
        EntityTag.Builder ba = EntityTag.builder();
        EntityTag.Builder bb = EntityTag.builder();
        a.forEach(ba::add);
        b.forEach(bb::add);
        assertEquals(a.equals(b), ba.strong().equals(bb.strong()), () -> a + " vs " + b);
    }

    @Provide
    Arbitrary<List<String>> stringLists() {
        // a tiny alphabet full of separators and escapes makes equal and near-equal lists common
        return Arbitraries.strings().withChars(".%2E").ofMaxLength(3).list().ofMinSize(1).ofMaxSize(3);
    }

    /** Percent-decoding, then UTF-8 decoding that also accepts encoded surrogates (as the builder writes them). */
    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                assertTrue(c < 0x80 && (Character.isLetterOrDigit(c) || "_~-".indexOf(c) >= 0), "unreserved: " + c);
                bytes.write(c);
            }
        }
        byte[] b = bytes.toByteArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; ) {
            int x = b[i] & 0xFF;
            int n = x < 0x80 ? 1 : x < 0xE0 ? 2 : x < 0xF0 ? 3 : 4;
            int cp = n == 1 ? x : n == 2 ? x & 0x1F : n == 3 ? x & 0x0F : x & 0x07;
            for (int k = 1; k < n; k++) {
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += n;
        }
        return out.toString();
    }

    private static String join(List<Character> chars) {
        StringBuilder sb = new StringBuilder(chars.size());
        chars.forEach(sb::append);
        return sb.toString();
    }

    private static List<String> toLines(List<String> elements, List<Integer> breaks) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            if (breaks.contains(i) && i > 0) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (i > 0) {
                line.append(',');
            }
            line.append(elements.get(i));
        }
        lines.add(line.toString());
        return lines;
    }
}
