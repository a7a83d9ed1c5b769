package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityTagTest {

    /** name, header value, expected header form of the parsed tag (null = not a single entity tag). */
    static Stream<Arguments> parseCases() {
        return Stream.of(
            Arguments.of("strong_tag §8.8.3", "\"xyzzy\"", "\"xyzzy\""),
            Arguments.of("weak_tag §8.8.3", "W/\"xyzzy\"", "W/\"xyzzy\""),
            Arguments.of("empty_opaque_tag_is_valid §8.8.3", "\"\"", "\"\""),
            Arguments.of("surrounding_ows_allowed §5.6.3", " \t\"a\"\t ", "\"a\""),
            Arguments.of("comma_is_an_etagc §8.8.3", "\"a,b\"", "\"a,b\""),
            Arguments.of("obs_text_is_an_etagc §8.8.3", "\"caf\u00e9\"", "\"caf\u00e9\""),
            Arguments.of("lowercase_w_prefix_rejected §8.8.3", "w/\"a\"", null),
            Arguments.of("unquoted_rejected §8.8.3", "abc", null),
            Arguments.of("unterminated_rejected §8.8.3", "\"abc", null),
            Arguments.of("w_slash_alone_rejected §8.8.3", "W/", null),
            Arguments.of("space_after_w_slash_rejected §8.8.3", "W/ \"a\"", null),
            Arguments.of("space_inside_rejected §8.8.3", "\"a b\"", null),
            Arguments.of("quote_inside_rejected §8.8.3", "\"a\"b\"", null),
            Arguments.of("control_char_rejected §8.8.3", "\"a\u0001\"", null),
            Arguments.of("del_rejected §8.8.3", "\"a\u007f\"", null),
            Arguments.of("non_latin1_rejected §8.8.3", "\"\u20ac\"", null),
            Arguments.of("two_tags_are_not_one §8.8.3", "\"a\", \"b\"", null),
            Arguments.of("star_is_not_a_tag §8.8.3", "*", null),
            Arguments.of("empty_value_rejected §8.8.3", "", null),
            Arguments.of("lone_quote_rejected §8.8.3", "\"", null),
            Arguments.of("null_rejected", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseCases")
    void parse(String name, String value, String expected) {
        Optional<EntityTag> tag = EntityTag.parse(value);
        assertEquals(Optional.ofNullable(expected), tag.map(EntityTag::toString));
    }

    /** RFC 9110 §8.8.3.2's own example table: tag 1, tag 2, strong comparison, weak comparison. */
    static Stream<Arguments> comparisonTable() {
        return Stream.of(
            Arguments.of("weak_1_vs_weak_1 §8.8.3.2", EntityTag.weak("1"), EntityTag.weak("1"), false, true),
            Arguments.of("weak_1_vs_weak_2 §8.8.3.2", EntityTag.weak("1"), EntityTag.weak("2"), false, false),
            Arguments.of("weak_1_vs_strong_1 §8.8.3.2", EntityTag.weak("1"), EntityTag.strong("1"), false, true),
            Arguments.of("strong_1_vs_strong_1 §8.8.3.2", EntityTag.strong("1"), EntityTag.strong("1"), true, true),
            Arguments.of("strong_1_vs_strong_2 §8.8.3.2", EntityTag.strong("1"), EntityTag.strong("2"), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparisonTable")
    void comparison(String name, EntityTag a, EntityTag b, boolean strong, boolean weak) {
        assertEquals(strong, a.strongMatch(b), "strong a~b");
        assertEquals(strong, b.strongMatch(a), "strong b~a (symmetric)");
        assertEquals(weak, a.weakMatch(b), "weak a~b");
        assertEquals(weak, b.weakMatch(a), "weak b~a (symmetric)");
    }

    @Test
    void factoriesValidateEtagc() {
        assertThrows(IllegalArgumentException.class, () -> EntityTag.strong("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> EntityTag.weak("a b"));
        assertThrows(IllegalArgumentException.class, () -> EntityTag.strong("\u0100"));
        assertThrows(NullPointerException.class, () -> EntityTag.strong((String) null));
        assertEquals("\"\u00ff!~\"", EntityTag.strong("\u00ff!~").toString());
    }

    @Test
    void equalityIsOpaqueAndWeakness() {
        assertEquals(EntityTag.strong("1"), EntityTag.strong("1"));
        assertEquals(EntityTag.strong("1").hashCode(), EntityTag.strong("1").hashCode());
        assertNotEquals(EntityTag.strong("1"), EntityTag.weak("1"));
        assertNotEquals(EntityTag.strong("1"), EntityTag.strong("2"));
        assertTrue(EntityTag.weak("1").isWeak());
        assertFalse(EntityTag.strong("1").isWeak());
        assertEquals("1", EntityTag.weak("1").opaque());
    }

    @Test
    void numberFactoriesWriteDecimal() {
        assertEquals("\"42\"", EntityTag.strong(42L).toString());
        assertEquals("W/\"-7\"", EntityTag.weak(-7L).toString());
        assertEquals(EntityTag.builder().add(42L).strong(), EntityTag.strong(42L));
    }

    /** name, builder, expected opaque: each expectation follows from the Builder's documented encoding. */
    static Stream<Arguments> builderCases() {
        UUID uuid = UUID.fromString("123E4567-E89B-12D3-A456-426614174000");
        return Stream.of(
            Arguments.of("numbers_joined_with_dot", EntityTag.builder().add(12).add(3), "12.3"),
            Arguments.of("negative_number_decimal", EntityTag.builder().add(-5), "-5"),
            Arguments.of("uuid_canonical_lowercase", EntityTag.builder().add(uuid), "123e4567-e89b-12d3-a456-426614174000"),
            // 0xFB 0xFF = 111110 111111 1111(00) -> '-', '_', '8' in the URL-safe alphabet, no '=' padding
            Arguments.of("bytes_base64url_unpadded", EntityTag.builder().add(new byte[] {(byte) 0xFB, (byte) 0xFF}), "-_8"),
            Arguments.of("string_unreserved_kept", EntityTag.builder().add("Ab9_~-"), "Ab9_~-"),
            Arguments.of("string_dot_and_space_encoded", EntityTag.builder().add("a.b c"), "a%2Eb%20c"),
            Arguments.of("string_percent_encoded", EntityTag.builder().add("100%"), "100%25"),
            Arguments.of("string_quote_encoded", EntityTag.builder().add("\""), "%22"),
            // U+00E9 is C3 A9 in UTF-8; U+1F600 is F0 9F 98 80
            Arguments.of("string_utf8", EntityTag.builder().add("\u00e9"), "%C3%A9"),
            Arguments.of("string_supplementary", EntityTag.builder().add("\ud83d\ude00"), "%F0%9F%98%80"),
            Arguments.of("empty_string_part", EntityTag.builder().add("").add(1), ".1"),
            Arguments.of("mixed_parts", EntityTag.builder().add("page").add(7).add(new byte[0]), "page.7."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builderCases")
    void builder(String name, EntityTag.Builder builder, String opaque) {
        assertEquals(EntityTag.strong(opaque), builder.strong());
        assertEquals(EntityTag.weak(opaque), builder.weak());
    }

    @Test
    void builderNeedsAPart() {
        assertThrows(IllegalStateException.class, () -> EntityTag.builder().strong());
    }

    @Test
    void builderSeparatesParts() {
        // injectivity on the classic ambiguity: "a.b" + "c" versus "a" + "b.c"
        assertNotEquals(EntityTag.builder().add("a.b").add("c").strong(), EntityTag.builder().add("a").add("b.c").strong());
        assertNotEquals(EntityTag.builder().add(1).add(23).strong(), EntityTag.builder().add(12).add(3).strong());
    }

    @Test
    void weakDigestOfNothingIsTheKnownSha256OfEmptyInput() {
        // SHA-256("") = e3b0c442 98fc1c14 9afbf4c8 996fb924 27ae41e4 ... (FIPS 180-4 test vector)
        byte[] first16 = hex("e3b0c44298fc1c149afbf4c8996fb924");
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(first16);
        assertEquals(EntityTag.weak(expected), EntityTag.weakDigest(List.of()));
        assertEquals(22, expected.length());
    }

    @Test
    void weakDigestHashesHeaderFormsWithNewlines() throws Exception {
        byte[] input = "\"a\"\nW/\"b\"\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] first16 = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(input), 16);
        EntityTag expected = EntityTag.weak(Base64.getUrlEncoder().withoutPadding().encodeToString(first16));
        assertEquals(expected, EntityTag.weakDigest(List.of(EntityTag.strong("a"), EntityTag.weak("b"))));
    }

    @Test
    void weakDigestDependsOnOrderWeaknessAndMembers() {
        EntityTag a = EntityTag.strong("a");
        EntityTag b = EntityTag.strong("b");
        EntityTag ab = EntityTag.weakDigest(List.of(a, b));
        assertTrue(ab.isWeak());
        assertEquals(ab, EntityTag.weakDigest(List.of(EntityTag.strong("a"), EntityTag.strong("b"))));
        assertNotEquals(ab, EntityTag.weakDigest(List.of(b, a)));
        assertNotEquals(ab, EntityTag.weakDigest(List.of(a)));
        assertNotEquals(ab, EntityTag.weakDigest(List.of(a, EntityTag.weak("b"))));
        assertNotEquals(ab, EntityTag.weakDigest(List.of(EntityTag.strong("ab"))));
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void digestKeepsStrengthAndEqualityButHidesTheParts() {
        // §8.8.3: the opaque tag is the server's choice; a digest keeps equal tags equal and distinct ones distinct.
        EntityTag tag = EntityTag.builder().add(java.util.UUID.fromString("2b1f0e4c-0000-4000-8000-000000000001")).add(7).strong();
        EntityTag digest = tag.digest();
        assertEquals(22, digest.opaque().length());
        assertFalse(digest.isWeak());
        assertFalse(digest.opaque().contains("2b1f0e4c"));
        assertEquals(digest, EntityTag.strong(tag.opaque()).digest());
        assertNotEquals(digest, EntityTag.builder().add(java.util.UUID.fromString("2b1f0e4c-0000-4000-8000-000000000001")).add(8).strong().digest());
        assertTrue(EntityTag.weak("x").digest().isWeak());
        assertEquals(Optional.of(digest), EntityTag.parse(digest.toString()));
    }
}
