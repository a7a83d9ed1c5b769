package io.precondition.http;

import static io.precondition.http.Decision.FIELD_TOO_LARGE;
import static io.precondition.http.Decision.NOT_MODIFIED;
import static io.precondition.http.Decision.PRECONDITION_FAILED;
import static io.precondition.http.Decision.PRECONDITION_REQUIRED;
import static io.precondition.http.Decision.PROCEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 9110 §13.2.2 and RFC 6585 §3, one table per header plus one for the order of evaluation and one for
 * the 428 guard. Current state: tag {@code "1"}, Last-Modified {@link #LM} (Sun, 06 Nov 1994 08:49:37 GMT).
 */
class PreconditionEvaluatorTest {

    static final boolean GET = true;   // GET or HEAD
    static final boolean PUT = false;  // any other method

    static final Instant LM = Instant.parse("1994-11-06T08:49:37Z");
    static final String AT_LM = "Sun, 06 Nov 1994 08:49:37 GMT";
    static final String SECOND_BEFORE_LM = "Sun, 06 Nov 1994 08:49:36 GMT";
    static final String SECOND_AFTER_LM = "Sun, 06 Nov 1994 08:49:38 GMT";

    static final Validators CURRENT = Validators.of(EntityTag.strong("1"), LM);
    static final Validators CURRENT_WEAK = Validators.of(EntityTag.weak("1"), LM);
    static final Validators NO_ETAG = Validators.of(null, LM);
    static final Validators NO_DATE = Validators.of(EntityTag.strong("1"), null);
    static final Validators LM_WITH_MILLIS = Validators.of(EntityTag.strong("1"), LM.plusMillis(999));
    static final Validators ABSENT = Validators.ABSENT;

    /** A request's precondition fields, built line by line. */
    record Req(List<String> im, List<String> inm, List<String> ims, List<String> ius) {
        static Req req() {
            return new Req(List.of(), List.of(), List.of(), List.of());
        }

        static Req ifMatch(String... lines) {
            return req().andIfMatch(lines);
        }

        static Req ifNoneMatch(String... lines) {
            return req().andIfNoneMatch(lines);
        }

        static Req ifModifiedSince(String... lines) {
            return req().andIfModifiedSince(lines);
        }

        static Req ifUnmodifiedSince(String... lines) {
            return req().andIfUnmodifiedSince(lines);
        }

        Req andIfMatch(String... lines) {
            return new Req(List.of(lines), inm, ims, ius);
        }

        Req andIfNoneMatch(String... lines) {
            return new Req(im, List.of(lines), ims, ius);
        }

        Req andIfModifiedSince(String... lines) {
            return new Req(im, inm, List.of(lines), ius);
        }

        Req andIfUnmodifiedSince(String... lines) {
            return new Req(im, inm, ims, List.of(lines));
        }

        Conditionals conditionals() {
            return Conditionals.of(im, inm, ims, ius);
        }
    }

    static Arguments row(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        return Arguments.of(name, getOrHead, req, current, expected);
    }

    static Stream<Arguments> ifMatchCases() {
        return Stream.of(
            row("if_match_same_strong_tag_proceeds §13.1.1", PUT, Req.ifMatch("\"1\""), CURRENT, PROCEED),
            row("if_match_other_tag_fails §13.1.1", PUT, Req.ifMatch("\"2\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_weak_tag_fails §13.1.1", PUT, Req.ifMatch("W/\"1\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_vs_weak_current_fails §8.8.3.2", PUT, Req.ifMatch("\"1\""), CURRENT_WEAK, PRECONDITION_FAILED),
            row("if_match_tag_in_list_proceeds §13.1.1", PUT, Req.ifMatch("\"0\", \"1\""), CURRENT, PROCEED),
            row("if_match_tag_on_second_line_proceeds §5.3", PUT, Req.ifMatch("\"0\"", "\"1\""), CURRENT, PROCEED),
            row("if_match_comma_inside_quotes_is_one_tag §8.8.3", PUT, Req.ifMatch("\"1,2\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_comma_tag_matches_comma_etag §8.8.3", PUT, Req.ifMatch("\"1,2\""),
                Validators.of(EntityTag.strong("1,2"), LM), PROCEED),
            row("if_match_whitespace_proceeds §5.6.3", PUT, Req.ifMatch(" \t\"1\" "), CURRENT, PROCEED),
            row("if_match_star_existing_proceeds §13.1.1", PUT, Req.ifMatch("*"), CURRENT, PROCEED),
            row("if_match_star_absent_fails §13.1.1", PUT, Req.ifMatch("*"), ABSENT, PRECONDITION_FAILED),
            row("if_match_tag_absent_fails §13.1.1", PUT, Req.ifMatch("\"1\""), ABSENT, PRECONDITION_FAILED),
            row("if_match_no_current_etag_fails §13.1.1", PUT, Req.ifMatch("\"1\""), NO_ETAG, PRECONDITION_FAILED),
            row("if_match_star_no_current_etag_proceeds §13.1.1", PUT, Req.ifMatch("*"), NO_ETAG, PROCEED),
            row("if_match_empty_fails §13.1.1", PUT, Req.ifMatch(""), CURRENT, PRECONDITION_FAILED),
            row("if_match_unquoted_fails §13.1.1", PUT, Req.ifMatch("1"), CURRENT, PRECONDITION_FAILED),
            row("if_match_unterminated_fails §13.1.1", PUT, Req.ifMatch("\"1"), CURRENT, PRECONDITION_FAILED),
            row("if_match_w_slash_alone_fails §13.1.1", PUT, Req.ifMatch("W/"), CURRENT, PRECONDITION_FAILED),
            row("if_match_lowercase_w_fails §13.1.1", PUT, Req.ifMatch("w/\"1\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_star_mixed_fails §13.1.1", PUT, Req.ifMatch("*, \"1\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_malformed_tail_fails §13.1.1", PUT, Req.ifMatch("\"1\", garbage"), CURRENT, PRECONDITION_FAILED),
            row("if_match_too_many_tags_is_not_evaluated RFC6585§5", PUT,
                Req.ifMatch(EntityTagListTest.tags(64) + ", \"1\""), CURRENT, FIELD_TOO_LARGE),
            row("if_match_too_long_is_not_evaluated RFC6585§5", PUT,
                Req.ifMatch("\"1\", " + EntityTagListTest.quoted(8190)), CURRENT, FIELD_TOO_LARGE),
            row("if_match_fails_on_get_too §13.2.2", GET, Req.ifMatch("\"2\""), CURRENT, PRECONDITION_FAILED),
            row("if_match_passes_on_get §13.2.2", GET, Req.ifMatch("\"1\""), CURRENT, PROCEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ifMatchCases")
    void ifMatch(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, PreconditionEvaluator.evaluate(getOrHead, req.conditionals(), current));
    }

    static Stream<Arguments> ifUnmodifiedSinceCases() {
        return Stream.of(
            row("ius_same_second_proceeds §13.1.4", PUT, Req.ifUnmodifiedSince(AT_LM), CURRENT, PROCEED),
            row("ius_later_date_proceeds §13.1.4", PUT, Req.ifUnmodifiedSince(SECOND_AFTER_LM), CURRENT, PROCEED),
            row("ius_earlier_date_fails §13.1.4", PUT, Req.ifUnmodifiedSince(SECOND_BEFORE_LM), CURRENT, PRECONDITION_FAILED),
            row("ius_millis_compared_at_whole_seconds §13.1.4", PUT, Req.ifUnmodifiedSince(AT_LM), LM_WITH_MILLIS, PROCEED),
            row("ius_rfc850_date_fails §5.6.7", PUT, Req.ifUnmodifiedSince("Sunday, 06-Nov-94 08:49:36 GMT"), CURRENT,
                PRECONDITION_FAILED),
            row("ius_asctime_date_fails §5.6.7", PUT, Req.ifUnmodifiedSince("Sun Nov  6 08:49:36 1994"), CURRENT,
                PRECONDITION_FAILED),
            row("ius_absent_resource_ignored §13.1.4", PUT, Req.ifUnmodifiedSince(SECOND_BEFORE_LM), ABSENT, PROCEED),
            row("ius_no_modification_date_ignored §13.1.4", PUT, Req.ifUnmodifiedSince(SECOND_BEFORE_LM), NO_DATE, PROCEED),
            row("ius_invalid_date_ignored §13.1.4", PUT, Req.ifUnmodifiedSince("garbage"), CURRENT, PROCEED),
            row("ius_iso_date_ignored §13.1.4", PUT, Req.ifUnmodifiedSince("1994-11-06T08:49:36Z"), CURRENT, PROCEED),
            row("ius_two_lines_ignored §13.1.4", PUT, Req.ifUnmodifiedSince(SECOND_BEFORE_LM, SECOND_BEFORE_LM), CURRENT,
                PROCEED),
            row("ius_ignored_when_if_match_present §13.1.4", PUT,
                Req.ifMatch("\"1\"").andIfUnmodifiedSince(SECOND_BEFORE_LM), CURRENT, PROCEED),
            row("ius_earlier_date_fails_on_get §13.2.2", GET, Req.ifUnmodifiedSince(SECOND_BEFORE_LM), CURRENT,
                PRECONDITION_FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ifUnmodifiedSinceCases")
    void ifUnmodifiedSince(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, PreconditionEvaluator.evaluate(getOrHead, req.conditionals(), current));
    }

    static Stream<Arguments> ifNoneMatchCases() {
        return Stream.of(
            row("inm_same_tag_get_304 §13.1.2", GET, Req.ifNoneMatch("\"1\""), CURRENT, NOT_MODIFIED),
            row("inm_weak_listed_tag_get_304 §13.1.2", GET, Req.ifNoneMatch("W/\"1\""), CURRENT, NOT_MODIFIED),
            row("inm_weak_current_tag_get_304 §13.1.2", GET, Req.ifNoneMatch("\"1\""), CURRENT_WEAK, NOT_MODIFIED),
            row("inm_other_tag_get_proceeds §13.1.2", GET, Req.ifNoneMatch("\"2\""), CURRENT, PROCEED),
            row("inm_tag_in_list_get_304 §13.1.2", GET, Req.ifNoneMatch("\"0\", W/\"1\""), CURRENT, NOT_MODIFIED),
            row("inm_tag_on_second_line_get_304 §5.3", GET, Req.ifNoneMatch("\"0\"", "\"1\""), CURRENT, NOT_MODIFIED),
            row("inm_same_tag_put_412 §13.1.2", PUT, Req.ifNoneMatch("\"1\""), CURRENT, PRECONDITION_FAILED),
            row("inm_star_get_existing_304 §13.1.2", GET, Req.ifNoneMatch("*"), CURRENT, NOT_MODIFIED),
            row("inm_star_put_existing_412 §13.1.2", PUT, Req.ifNoneMatch("*"), CURRENT, PRECONDITION_FAILED),
            row("inm_star_put_absent_proceeds §13.1.2", PUT, Req.ifNoneMatch("*"), ABSENT, PROCEED),
            row("inm_star_get_absent_proceeds §13.1.2", GET, Req.ifNoneMatch("*"), ABSENT, PROCEED),
            row("inm_tag_absent_proceeds §13.1.2", GET, Req.ifNoneMatch("\"1\""), ABSENT, PROCEED),
            row("inm_no_current_etag_proceeds §13.1.2", GET, Req.ifNoneMatch("\"1\""), NO_ETAG, PROCEED),
            row("inm_empty_matches_nothing §13.1.2", GET, Req.ifNoneMatch(""), CURRENT, PROCEED),
            row("inm_malformed_with_match_matches_nothing §13.1.2", GET, Req.ifNoneMatch("\"1\", x"), CURRENT, PROCEED),
            row("inm_malformed_put_proceeds §13.1.2", PUT, Req.ifNoneMatch("\"1"), CURRENT, PROCEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ifNoneMatchCases")
    void ifNoneMatch(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, PreconditionEvaluator.evaluate(getOrHead, req.conditionals(), current));
    }

    static Stream<Arguments> ifModifiedSinceCases() {
        return Stream.of(
            row("ims_same_second_304 §13.1.3", GET, Req.ifModifiedSince(AT_LM), CURRENT, NOT_MODIFIED),
            row("ims_later_date_304 §13.1.3", GET, Req.ifModifiedSince(SECOND_AFTER_LM), CURRENT, NOT_MODIFIED),
            row("ims_earlier_date_proceeds §13.1.3", GET, Req.ifModifiedSince(SECOND_BEFORE_LM), CURRENT, PROCEED),
            row("ims_millis_compared_at_whole_seconds §13.1.3", GET, Req.ifModifiedSince(AT_LM), LM_WITH_MILLIS, NOT_MODIFIED),
            row("ims_rfc850_date_304 §5.6.7", GET, Req.ifModifiedSince("Sunday, 06-Nov-94 08:49:37 GMT"), CURRENT, NOT_MODIFIED),
            row("ims_asctime_date_304 §5.6.7", GET, Req.ifModifiedSince("Sun Nov  6 08:49:37 1994"), CURRENT, NOT_MODIFIED),
            row("ims_ignored_on_put §13.1.3", PUT, Req.ifModifiedSince(AT_LM), CURRENT, PROCEED),
            row("ims_ignored_when_inm_present §13.1.3", GET, Req.ifNoneMatch("\"2\"").andIfModifiedSince(AT_LM), CURRENT,
                PROCEED),
            row("ims_ignored_when_inm_malformed §13.1.3", GET, Req.ifNoneMatch("").andIfModifiedSince(AT_LM), CURRENT,
                PROCEED),
            row("ims_invalid_date_ignored §13.1.3", GET, Req.ifModifiedSince("garbage"), CURRENT, PROCEED),
            row("ims_wrong_weekday_ignored §13.1.3", GET, Req.ifModifiedSince("Mon, 06 Nov 1994 08:49:37 GMT"), CURRENT,
                PROCEED),
            row("ims_two_lines_ignored §13.1.3", GET, Req.ifModifiedSince(AT_LM, AT_LM), CURRENT, PROCEED),
            row("ims_two_members_ignored §13.1.3", GET, Req.ifModifiedSince(AT_LM + ", " + AT_LM), CURRENT, PROCEED),
            row("ims_no_modification_date_ignored §13.1.3", GET, Req.ifModifiedSince(AT_LM), NO_DATE, PROCEED),
            row("ims_absent_resource_ignored §13.1.3", GET, Req.ifModifiedSince(AT_LM), ABSENT, PROCEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ifModifiedSinceCases")
    void ifModifiedSince(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, PreconditionEvaluator.evaluate(getOrHead, req.conditionals(), current));
    }

    static Stream<Arguments> evaluationOrderCases() {
        return Stream.of(
            row("no_preconditions_proceed §13.2.2", GET, Req.req(), CURRENT, PROCEED),
            row("no_preconditions_absent_proceed §13.2.2", PUT, Req.req(), ABSENT, PROCEED),
            row("step1_if_match_fail_beats_inm_304 §13.2.2", GET, Req.ifMatch("\"2\"").andIfNoneMatch("\"1\""), CURRENT,
                PRECONDITION_FAILED),
            row("step1_malformed_if_match_beats_inm_304 §13.2.2", GET, Req.ifMatch("x").andIfNoneMatch("\"1\""), CURRENT,
                PRECONDITION_FAILED),
            row("step1_pass_then_step3_inm_get_304 §13.2.2", GET, Req.ifMatch("\"1\"").andIfNoneMatch("\"1\""), CURRENT,
                NOT_MODIFIED),
            row("step1_pass_then_step3_inm_put_412 §13.2.2", PUT, Req.ifMatch("\"1\"").andIfNoneMatch("\"1\""), CURRENT,
                PRECONDITION_FAILED),
            row("step1_if_match_star_absent_beats_inm_star §13.2.2", PUT, Req.ifMatch("*").andIfNoneMatch("*"), ABSENT,
                PRECONDITION_FAILED),
            row("step2_skipped_when_if_match_passes §13.2.2", GET,
                Req.ifMatch("\"1\"").andIfUnmodifiedSince(SECOND_BEFORE_LM), CURRENT, PROCEED),
            row("step2_skipped_even_when_if_match_star §13.2.2", PUT,
                Req.ifMatch("*").andIfUnmodifiedSince(SECOND_BEFORE_LM), CURRENT, PROCEED),
            row("step2_ius_fail_beats_inm_304 §13.2.2", GET,
                Req.ifUnmodifiedSince(SECOND_BEFORE_LM).andIfNoneMatch("\"1\""), CURRENT, PRECONDITION_FAILED),
            row("step2_ius_fail_beats_ims_304 §13.2.2", GET,
                Req.ifUnmodifiedSince(SECOND_BEFORE_LM).andIfModifiedSince(AT_LM), CURRENT, PRECONDITION_FAILED),
            row("step2_pass_then_step4_ims_304 §13.2.2", GET,
                Req.ifUnmodifiedSince(AT_LM).andIfModifiedSince(AT_LM), CURRENT, NOT_MODIFIED),
            row("step3_inm_match_beats_modified_ims §13.2.2", GET,
                Req.ifNoneMatch("\"1\"").andIfModifiedSince(SECOND_BEFORE_LM), CURRENT, NOT_MODIFIED),
            row("step3_inm_miss_skips_ims §13.2.2", GET, Req.ifNoneMatch("\"2\"").andIfModifiedSince(AT_LM), CURRENT,
                PROCEED),
            row("all_four_pass §13.2.2", GET,
                Req.ifMatch("\"1\"").andIfUnmodifiedSince(SECOND_BEFORE_LM).andIfNoneMatch("\"2\"").andIfModifiedSince(AT_LM),
                CURRENT, PROCEED),
            row("all_four_on_put_ims_ignored §13.2.2", PUT,
                Req.ifMatch("\"1\"").andIfNoneMatch("\"2\"").andIfModifiedSince(AT_LM), CURRENT, PROCEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evaluationOrderCases")
    void evaluationOrder(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, PreconditionEvaluator.evaluate(getOrHead, req.conditionals(), current));
    }

    /** name, request, current state, hasGuard, evaluateWrite(requireGuard = true). */
    static Stream<Arguments> guardCases() {
        return Stream.of(
            Arguments.of("write_existing_unguarded_428 RFC6585§3 wiki3", Req.req(), CURRENT, false, PRECONDITION_REQUIRED),
            Arguments.of("write_existing_if_match_proceeds wiki3", Req.ifMatch("\"1\""), CURRENT, true, PROCEED),
            Arguments.of("write_existing_if_match_star_proceeds wiki3", Req.ifMatch("*"), CURRENT, true, PROCEED),
            Arguments.of("write_existing_stale_if_match_412_beats_428 wiki3", Req.ifMatch("\"0\""), CURRENT, true,
                PRECONDITION_FAILED),
            Arguments.of("write_existing_malformed_if_match_412_not_428 wiki4", Req.ifMatch("garbage"), CURRENT, true,
                PRECONDITION_FAILED),
            Arguments.of("write_existing_empty_if_match_412_not_428 wiki4", Req.ifMatch(""), CURRENT, true,
                PRECONDITION_FAILED),
            Arguments.of("write_existing_valid_ius_proceeds wiki3", Req.ifUnmodifiedSince(AT_LM), CURRENT, true, PROCEED),
            Arguments.of("write_existing_failing_ius_412 wiki3", Req.ifUnmodifiedSince(SECOND_BEFORE_LM), CURRENT, true,
                PRECONDITION_FAILED),
            Arguments.of("write_existing_invalid_ius_428 wiki3", Req.ifUnmodifiedSince("yesterday"), CURRENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("write_existing_ius_two_lines_428 §13.1.4", Req.ifUnmodifiedSince(AT_LM, AT_LM), CURRENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("write_existing_ius_without_modification_date_428 §13.1.4", Req.ifUnmodifiedSince(AT_LM), NO_DATE,
                false, PRECONDITION_REQUIRED),
            Arguments.of("write_existing_ims_only_428 wiki3", Req.ifModifiedSince(SECOND_BEFORE_LM), CURRENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("write_existing_inm_other_tag_alone_428 wiki3", Req.ifNoneMatch("\"2\""), CURRENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("write_existing_inm_malformed_alone_428 wiki4", Req.ifNoneMatch(""), CURRENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("write_existing_inm_star_412 §13.1.2", Req.ifNoneMatch("*"), CURRENT, false, PRECONDITION_FAILED),
            Arguments.of("create_absent_inm_star_proceeds wiki3", Req.ifNoneMatch("*"), ABSENT, true, PROCEED),
            Arguments.of("create_absent_inm_star_ows_proceeds wiki3", Req.ifNoneMatch(" * "), ABSENT, true, PROCEED),
            Arguments.of("create_absent_unguarded_428 wiki3", Req.req(), ABSENT, false, PRECONDITION_REQUIRED),
            Arguments.of("create_absent_if_match_412 wiki3", Req.ifMatch("\"1\""), ABSENT, true, PRECONDITION_FAILED),
            Arguments.of("create_absent_if_match_star_412 wiki3", Req.ifMatch("*"), ABSENT, true, PRECONDITION_FAILED),
            Arguments.of("create_absent_ius_only_428 wiki3", Req.ifUnmodifiedSince(AT_LM), ABSENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("create_absent_ims_only_428 wiki3", Req.ifModifiedSince(AT_LM), ABSENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("create_absent_inm_tag_428 wiki3", Req.ifNoneMatch("\"1\""), ABSENT, false, PRECONDITION_REQUIRED),
            Arguments.of("create_absent_inm_star_twice_malformed_428 §13.1.2", Req.ifNoneMatch("*", "*"), ABSENT, false,
                PRECONDITION_REQUIRED),
            Arguments.of("create_absent_inm_star_and_tag_malformed_428 §13.1.2", Req.ifNoneMatch("*, \"1\""), ABSENT, false,
                PRECONDITION_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardCases")
    void guard(String name, Req req, Validators current, boolean guarded, Decision expected) {
        Conditionals c = req.conditionals();
        assertEquals(guarded, PreconditionEvaluator.hasGuard(c, current), "hasGuard");
        assertEquals(expected, PreconditionEvaluator.evaluateWrite(c, current, true), "evaluateWrite(requireGuard)");
        Decision unguardedPolicy = expected == PRECONDITION_REQUIRED ? PROCEED : expected;
        assertEquals(unguardedPolicy, PreconditionEvaluator.evaluateWrite(c, current, false), "evaluateWrite(!requireGuard)");
        assertEquals(PreconditionEvaluator.evaluate(false, c, current), unguardedPolicy, "evaluateWrite = evaluate(PUT)");
    }

    @Test
    void statusCodes() {
        assertEquals(0, PROCEED.statusCode());
        assertEquals(304, NOT_MODIFIED.statusCode());
        assertEquals(412, PRECONDITION_FAILED.statusCode());
        assertEquals(428, PRECONDITION_REQUIRED.statusCode());
    }

    /**
     * A field over its limits is refused (RFC 6585 §5), never read as malformed: that would turn an If-None-Match
     * that lists the current tag into "matches nothing" (a write let through, a 200 instead of 304).
     */
    static Stream<Arguments> tooLargeCases() {
        String many = EntityTagListTest.tags(64) + ", \"1\"";
        String longList = "\"1\", " + EntityTagListTest.quoted(8190);
        return Stream.of(
            row("inm_too_many_listing_current_on_get_not_200 RFC6585§5", GET, Req.ifNoneMatch(many), CURRENT,
                FIELD_TOO_LARGE),
            row("inm_too_many_listing_current_on_put_not_applied RFC6585§5", PUT, Req.ifNoneMatch(many), CURRENT,
                FIELD_TOO_LARGE),
            row("inm_too_long_on_get RFC6585§5", GET, Req.ifNoneMatch(longList), CURRENT, FIELD_TOO_LARGE),
            row("inm_too_large_beats_passing_if_match RFC6585§5", PUT,
                Req.ifMatch("\"1\"").andIfNoneMatch(many), CURRENT, FIELD_TOO_LARGE),
            row("if_match_too_large_beats_if_none_match RFC6585§5", GET,
                Req.ifMatch(many).andIfNoneMatch("\"1\""), CURRENT, FIELD_TOO_LARGE),
            row("inm_64_tags_listing_current_is_304 §13.1.2", GET,
                Req.ifNoneMatch(EntityTagListTest.tags(63) + ", \"1\""), CURRENT, NOT_MODIFIED),
            row("inm_too_many_on_absent_resource RFC6585§5", PUT, Req.ifNoneMatch(many), ABSENT, FIELD_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLargeCases")
    void tooLarge(String name, boolean getOrHead, Req req, Validators current, Decision expected) {
        assertEquals(expected, getOrHead
            ? PreconditionEvaluator.evaluate(true, req.conditionals(), current)
            : PreconditionEvaluator.evaluateWrite(req.conditionals(), current, true));
    }
}
