package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The If-Match / If-None-Match field syntax, RFC 9110 §13.1.1, §13.1.2, §5.6.1 (lists), §5.3 (several lines). */
class EntityTagListTest {

    static final String ABSENT = "absent";
    static final String ANY = "any";
    static final String MALFORMED = "malformed";
    static final String TOO_LARGE = "too large";

    /**
     * name, field lines, expected: {@link #ABSENT}, {@link #ANY}, {@link #MALFORMED}, {@link #TOO_LARGE} (a limit,
     * not a syntax error: RFC 6585 §5), or the parsed tags
     * in header form joined with " | ".
     */
    static Stream<Arguments> syntaxCases() {
        return Stream.of(
            Arguments.of("no_line_is_absent §13.1.1", List.of(), ABSENT),
            Arguments.of("one_strong_tag §13.1.1", List.of("\"a\""), "\"a\""),
            Arguments.of("one_weak_tag §13.1.2", List.of("W/\"a\""), "W/\"a\""),
            Arguments.of("empty_opaque_tag §8.8.3", List.of("\"\""), "\"\""),
            Arguments.of("star §13.1.1", List.of("*"), ANY),
            Arguments.of("star_with_ows §5.6.3", List.of(" \t* \t"), ANY),
            Arguments.of("star_mixed_with_tag_after §13.1.1", List.of("*, \"a\""), MALFORMED),
            Arguments.of("star_mixed_with_tag_before §13.1.1", List.of("\"a\", *"), MALFORMED),
            Arguments.of("star_on_one_line_tag_on_another §5.3", List.of("*", "\"a\""), MALFORMED),
            Arguments.of("star_twice_in_list §13.1.1", List.of("*, *"), MALFORMED),
            Arguments.of("star_twice_on_lines §5.3", List.of("*", "*"), MALFORMED),
            Arguments.of("star_with_trailing_comma §13.1.1", List.of("*,"), MALFORMED),
            Arguments.of("double_star §13.1.1", List.of("**"), MALFORMED),
            Arguments.of("list_of_tags §5.6.1", List.of("\"a\", W/\"b\",\"c\""), "\"a\" | W/\"b\" | \"c\""),
            Arguments.of("several_lines_form_one_list §5.3", List.of("\"a\"", "W/\"b\", \"c\""), "\"a\" | W/\"b\" | \"c\""),
            Arguments.of("comma_inside_quotes_is_one_tag §8.8.3", List.of("\"a,b\""), "\"a,b\""),
            Arguments.of("comma_inside_quotes_then_more §8.8.3", List.of("W/\"a,b\", \"c,\""), "W/\"a,b\" | \"c,\""),
            Arguments.of("ows_around_elements §5.6.1", List.of(" \t\"a\" \t,\t \"b\" "), "\"a\" | \"b\""),
            Arguments.of("empty_elements_ignored §5.6.1", List.of(", ,\"a\",, ,"), "\"a\""),
            Arguments.of("empty_line_is_empty_element §5.3", List.of("\"a\"", ""), "\"a\""),
            Arguments.of("obs_text_in_tag §8.8.3", List.of("\"\u00e9\""), "\"\u00e9\""),
            Arguments.of("empty_value_malformed §13.1.1", List.of(""), MALFORMED),
            Arguments.of("empty_lines_malformed §5.6.1", List.of("", " "), MALFORMED),
            Arguments.of("only_commas_and_ows_malformed §5.6.1", List.of(" , ,\t, "), MALFORMED),
            Arguments.of("unquoted_token_malformed §8.8.3", List.of("abc"), MALFORMED),
            Arguments.of("unquoted_after_tag_malformed §8.8.3", List.of("\"a\", b"), MALFORMED),
            Arguments.of("unterminated_quote_malformed §8.8.3", List.of("\"abc"), MALFORMED),
            Arguments.of("unterminated_after_tag_malformed §8.8.3", List.of("\"a\", \"b"), MALFORMED),
            Arguments.of("quote_does_not_span_lines §5.3", List.of("\"a", "b\""), MALFORMED),
            Arguments.of("w_slash_alone_malformed §8.8.3", List.of("W/"), MALFORMED),
            Arguments.of("w_alone_malformed §8.8.3", List.of("\"a\", W"), MALFORMED),
            Arguments.of("w_slash_unquoted_malformed §8.8.3", List.of("W/abc"), MALFORMED),
            Arguments.of("lowercase_w_malformed §8.8.3", List.of("w/\"a\""), MALFORMED),
            Arguments.of("space_after_w_slash_malformed §8.8.3", List.of("W/ \"a\""), MALFORMED),
            Arguments.of("space_inside_tag_malformed §8.8.3", List.of("\"a b\""), MALFORMED),
            Arguments.of("control_char_malformed §8.8.3", List.of("\"a\u0000\""), MALFORMED),
            Arguments.of("non_latin1_malformed §8.8.3", List.of("\"\u20ac\""), MALFORMED),
            Arguments.of("missing_comma_malformed §5.6.1", List.of("\"a\" \"b\""), MALFORMED),
            Arguments.of("stray_quote_after_tag_malformed §8.8.3", List.of("\"a\"b\""), MALFORMED),
            Arguments.of("64_tags_allowed", List.of(tags(64)), tagsExpected(64)),
            Arguments.of("65_tags_too_large RFC6585§5", List.of(tags(65)), TOO_LARGE),
            Arguments.of("65_tags_over_lines_too_large §5.3", List.of(tags(40), tags(25)), TOO_LARGE),
            Arguments.of("8192_chars_allowed", List.of(quoted(8190)), "\"" + "x".repeat(8190) + "\""),
            Arguments.of("8193_chars_too_large RFC6585§5", List.of(quoted(8191)), TOO_LARGE),
            // two lines of 4096 characters combine to 4096 + 1 (the joining comma) + 4096 = 8193
            Arguments.of("8192_chars_over_lines_allowed §5.3", List.of(quoted(4094), quoted(4093)),
                quoted(4094) + " | " + quoted(4093)),
            Arguments.of("8193_chars_over_lines_too_large §5.3", List.of(quoted(4094), quoted(4094)), TOO_LARGE),
            Arguments.of("65_tags_with_a_bad_one_later_too_large RFC6585§5", List.of(tags(65) + ", x"), TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxCases")
    void syntax(String name, List<String> lines, String expected) {
        EntityTagList list = EntityTagList.of(lines);
        assertEquals(!lines.isEmpty(), list.isPresent(), "present");
        assertEquals(expected.equals(ANY), list.isAny(), "any");
        assertEquals(expected.equals(MALFORMED), list.isMalformed(), "malformed");
        assertEquals(expected.equals(TOO_LARGE), list.isTooLarge(), "too large");
        String tags = list.tags().stream().map(EntityTag::toString).collect(Collectors.joining(" | "));
        boolean hasTags = !expected.equals(ABSENT) && !expected.equals(ANY) && !expected.equals(MALFORMED)
            && !expected.equals(TOO_LARGE);
        assertEquals(hasTags ? expected : "", tags, "tags");
        for (EntityTag t : list.tags()) {
            assertEquals(!t.isWeak(), list.strongMatch(t), "listed tag strong-matches unless weak: " + t);
            assertTrue(list.weakMatch(t), "listed tag weak-matches: " + t);
        }
    }

    /** name, field lines, current tag, expected strong match, expected weak match (RFC 9110 §8.8.3.2). */
    static Stream<Arguments> matchCases() {
        EntityTag s1 = EntityTag.strong("1");
        EntityTag w1 = EntityTag.weak("1");
        return Stream.of(
            Arguments.of("strong_vs_strong §8.8.3.2", List.of("\"1\""), s1, true, true),
            Arguments.of("weak_listed_vs_strong_current §8.8.3.2", List.of("W/\"1\""), s1, false, true),
            Arguments.of("strong_listed_vs_weak_current §8.8.3.2", List.of("\"1\""), w1, false, true),
            Arguments.of("weak_vs_weak §8.8.3.2", List.of("W/\"1\""), w1, false, true),
            Arguments.of("different_opaque §8.8.3.2", List.of("\"2\""), s1, false, false),
            Arguments.of("prefix_is_not_a_match §8.8.3.2", List.of("\"12\""), s1, false, false),
            Arguments.of("match_later_in_list §5.6.1", List.of("W/\"1\", \"2\", \"1\""), s1, true, true),
            Arguments.of("match_on_second_line §5.3", List.of("\"2\"", "\"1\""), s1, true, true),
            Arguments.of("comma_tag_vs_its_parts §8.8.3", List.of("\"1,2\""), s1, false, false),
            Arguments.of("comma_tag_vs_comma_current §8.8.3", List.of("\"1,2\""), EntityTag.strong("1,2"), true, true),
            Arguments.of("malformed_after_match_never_matches §13.1.1", List.of("\"1\", x"), s1, false, false),
            Arguments.of("malformed_line_never_matches §13.1.1", List.of("\"1\"", "\"x"), s1, false, false),
            Arguments.of("too_many_tags_never_match RFC6585§5", List.of("\"1\", " + tags(64)), s1, false, false),
            Arguments.of("star_is_not_a_tag_match §13.1.1", List.of("*"), s1, false, false),
            Arguments.of("absent_never_matches", List.of(), s1, false, false),
            Arguments.of("no_current_tag_never_matches", List.of("\"1\""), null, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchCases")
    void match(String name, List<String> lines, EntityTag current, boolean strong, boolean weak) {
        EntityTagList list = EntityTagList.of(lines);
        assertEquals(strong, list.strongMatch(current), "strong");
        assertEquals(weak, list.weakMatch(current), "weak");
    }

    @Test
    void linesAreCopied() {
        List<String> lines = new ArrayList<>(List.of("\"1\""));
        EntityTagList list = EntityTagList.of(lines);
        lines.set(0, "\"2\"");
        assertTrue(list.strongMatch(EntityTag.strong("1")));
        assertFalse(list.strongMatch(EntityTag.strong("2")));
    }

    @Test
    void nullIsAbsent() {
        assertFalse(EntityTagList.of(null).isPresent());
        assertFalse(EntityTagList.of(null).isMalformed());
    }

    @Test
    void configuredLimitsBoundTagsAndLength() {
        // The server bounds the lists it evaluates; beyond the bound the field is too large (RFC 6585 §5: 431), which
        // is not malformed: it is never evaluated, matched or not.
        ListLimits limits = new ListLimits(2, 16);
        EntityTagList two = EntityTagList.of(List.of(tags(2)), limits);
        assertFalse(two.isMalformed());
        assertFalse(two.isTooLarge());
        assertTrue(two.strongMatch(EntityTag.strong("t1")));
        EntityTagList three = EntityTagList.of(List.of(tags(3)), limits);
        assertTrue(three.isTooLarge());
        assertFalse(three.isMalformed());
        assertFalse(three.strongMatch(EntityTag.strong("t1")));
        assertTrue(EntityTagList.of(List.of(quoted(15)), limits).isTooLarge());
        assertFalse(EntityTagList.of(List.of(quoted(14)), limits).isTooLarge());
        assertEquals(17, EntityTagList.of(List.of(quoted(15)), limits).length());
        // The defaults still allow what the configured limits refuse.
        assertFalse(EntityTagList.of(List.of(tags(3))).isTooLarge());
        assertThrows(IllegalArgumentException.class, () -> new ListLimits(0, 10));
    }

    static String tags(int n) {
        String[] t = new String[n];
        for (int i = 0; i < n; i++) {
            t[i] = "\"t" + i + "\"";
        }
        return String.join(",", t);
    }

    static String tagsExpected(int n) {
        return Arrays.stream(tags(n).split(",")).collect(Collectors.joining(" | "));
    }

    /** A quoted tag whose opaque part has {@code n} characters, so the line has {@code n + 2}. */
    static String quoted(int n) {
        return "\"" + "x".repeat(n) + "\"";
    }
}
