package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTTP-date, RFC 9110 §5.6.7. Weekdays in the cases were checked against a calendar. */
class HttpDateTest {

    /** The RFC's example instant, Sunday 1994-11-06. */
    static final String T = "1994-11-06T08:49:37Z";
    static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    /** name, value, expected instant (ISO-8601) or null for "not a valid HTTP-date". Clock: mid 2025. */
    static Stream<Arguments> parseCases() {
        return Stream.of(
            Arguments.of("imf_fixdate §5.6.7", "Sun, 06 Nov 1994 08:49:37 GMT", T),
            Arguments.of("rfc850_obsolete §5.6.7", "Sunday, 06-Nov-94 08:49:37 GMT", T),
            Arguments.of("asctime_space_padded_day §5.6.7", "Sun Nov  6 08:49:37 1994", T),
            Arguments.of("asctime_two_digit_day §5.6.7", "Sun Nov 06 08:49:37 1994", T),
            Arguments.of("surrounding_ows §5.6.3", " \tSun, 06 Nov 1994 08:49:37 GMT\t ", T),
            Arguments.of("epoch §5.6.7", "Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z"),
            Arguments.of("leap_day §5.6.7", "Sat, 29 Feb 2020 23:59:59 GMT", "2020-02-29T23:59:59Z"),
            Arguments.of("leap_day_2000 §5.6.7", "Tue, 29 Feb 2000 12:00:00 GMT", "2000-02-29T12:00:00Z"),
            Arguments.of("leap_second_read_as_59 §5.6.7", "Wed, 31 Dec 2008 23:59:60 GMT", "2008-12-31T23:59:59Z"),
            Arguments.of("leap_second_asctime_read_as_59 §5.6.7", "Sat Dec 31 23:59:60 2016", "2016-12-31T23:59:59Z"),
            Arguments.of("leap_second_rfc850_read_as_59 §5.6.7", "Saturday, 31-Dec-16 23:59:60 GMT", "2016-12-31T23:59:59Z"),
            Arguments.of("september_is_sep_not_a_locale_name §5.6.7", "Tue, 01 Sep 2026 10:00:00 GMT", "2026-09-01T10:00:00Z"),
            Arguments.of("sept_invalid §5.6.7", "Tue, 01 Sept 2026 10:00:00 GMT", null),
            Arguments.of("year_9999 §5.6.7", "Fri, 31 Dec 9999 23:59:59 GMT", "9999-12-31T23:59:59Z"),
            Arguments.of("feb_31_invalid §5.6.7", "Sun, 31 Feb 2021 08:49:37 GMT", null),
            Arguments.of("feb_29_non_leap_invalid §5.6.7", "Mon, 29 Feb 2021 00:00:00 GMT", null),
            Arguments.of("day_00_invalid §5.6.7", "Sun, 00 Nov 1994 08:49:37 GMT", null),
            Arguments.of("hour_24_invalid §5.6.7", "Sun, 06 Nov 1994 24:00:00 GMT", null),
            Arguments.of("minute_60_invalid §5.6.7", "Sun, 06 Nov 1994 08:60:00 GMT", null),
            Arguments.of("second_61_invalid §5.6.7", "Sun, 06 Nov 1994 08:49:61 GMT", null),
            Arguments.of("wrong_weekday_invalid RFC5322§3.3", "Mon, 06 Nov 1994 08:49:37 GMT", null),
            Arguments.of("wrong_weekday_rfc850_invalid RFC5322§3.3", "Monday, 06-Nov-94 08:49:37 GMT", null),
            Arguments.of("wrong_weekday_asctime_invalid RFC5322§3.3", "Mon Nov  6 08:49:37 1994", null),
            Arguments.of("lowercase_day_name_invalid §5.6.7", "sun, 06 Nov 1994 08:49:37 GMT", null),
            Arguments.of("uppercase_month_invalid §5.6.7", "Sun, 06 NOV 1994 08:49:37 GMT", null),
            Arguments.of("lowercase_gmt_invalid §5.6.7", "Sun, 06 Nov 1994 08:49:37 gmt", null),
            Arguments.of("utc_instead_of_gmt_invalid §5.6.7", "Sun, 06 Nov 1994 08:49:37 UTC", null),
            Arguments.of("numeric_zone_invalid §5.6.7", "Sun, 06 Nov 1994 08:49:37 +0000", null),
            Arguments.of("missing_zone_invalid §5.6.7", "Sun, 06 Nov 1994 08:49:37", null),
            Arguments.of("rfc850_without_gmt_invalid §5.6.7", "Sunday, 06-Nov-94 08:49:37 PST", null),
            Arguments.of("one_digit_day_accepted_robustly §5.6.7", "Sun, 6 Nov 1994 08:49:37 GMT", T),
            Arguments.of("one_digit_day_rfc1123_client §5.6.7", "Wed, 2 Dec 2026 20:26:05 GMT", "2026-12-02T20:26:05Z"),
            Arguments.of("one_digit_day_wrong_weekday_invalid RFC5322§3.3", "Thu, 2 Dec 2026 20:26:05 GMT", null),
            Arguments.of("one_digit_day_without_gmt_invalid §5.6.7", "Wed, 2 Dec 2026 20:26:05 UTC", null),
            Arguments.of("one_digit_day_two_digit_year_invalid §5.6.7", "Sun,  6 Nov 94 08:49:37 GMT", null),
            Arguments.of("asctime_single_space_invalid §5.6.7", "Sun Nov 6 08:49:37 1994", null),
            Arguments.of("asctime_with_gmt_invalid §5.6.7", "Sun Nov  6 08:49:37 1994 GMT", null),
            Arguments.of("short_day_name_in_rfc850_invalid §5.6.7", "Sun, 06-Nov-94 08:49:37 GMT", null),
            Arguments.of("long_day_name_in_imf_invalid §5.6.7", "Sunday, 06 Nov 1994 08:49:37 GMT", null),
            Arguments.of("two_digit_year_in_imf_invalid §5.6.7", "Sun, 06 Nov 94 08:49:37 GMT", null),
            Arguments.of("two_members_invalid §13.1.3", "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT", null),
            Arguments.of("non_ascii_digit_invalid §5.6.7", "Sun, 0\u0666 Nov 1994 08:49:37 GMT", null),
            Arguments.of("iso_8601_invalid §5.6.7", "1994-11-06T08:49:37Z", null),
            Arguments.of("epoch_number_invalid §5.6.7", "784111777", null),
            Arguments.of("garbage_invalid §5.6.7", "garbage", null),
            Arguments.of("empty_invalid §5.6.7", "", null),
            Arguments.of("null_invalid", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseCases")
    void parse(String name, String value, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), HttpDate.parse(value, MID_2025));
    }

    /** name, clock, rfc850 value, expected instant or null: the 50-year rule of §5.6.7. */
    static Stream<Arguments> fiftyYearRuleCases() {
        Clock mid2025 = MID_2025;
        Clock dec2025 = Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);
        Clock y2090 = Clock.fixed(Instant.parse("2090-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock end1999 = Clock.fixed(Instant.parse("1999-12-31T00:00:00Z"), ZoneOffset.UTC);
        return Stream.of(
            Arguments.of("past_year_stays_in_past §5.6.7", mid2025, "Sunday, 06-Nov-94 08:49:37 GMT", T),
            Arguments.of("near_future_year_is_future §5.6.7", mid2025, "Wednesday, 06-Nov-30 00:00:00 GMT", "2030-11-06T00:00:00Z"),
            // 2075-11-06 is more than 50 years after 2025-06-01, so it means 1975 ...
            Arguments.of("just_over_50_years_is_past §5.6.7", mid2025, "Thursday, 06-Nov-75 00:00:00 GMT", "1975-11-06T00:00:00Z"),
            // ... but not more than 50 years after 2025-12-01
            Arguments.of("just_under_50_years_is_future §5.6.7", dec2025, "Wednesday, 06-Nov-75 00:00:00 GMT", "2075-11-06T00:00:00Z"),
            Arguments.of("weekday_must_fit_resolved_year §5.6.7", dec2025, "Thursday, 06-Nov-75 00:00:00 GMT", null),
            Arguments.of("next_century §5.6.7", y2090, "Saturday, 01-Mar-10 00:00:00 GMT", "2110-03-01T00:00:00Z"),
            Arguments.of("y2k_49_is_2049 §5.6.7", end1999, "Friday, 31-Dec-49 00:00:00 GMT", "2049-12-31T00:00:00Z"),
            Arguments.of("y2k_50_is_1950 §5.6.7", end1999, "Sunday, 01-Jan-50 00:00:00 GMT", "1950-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fiftyYearRuleCases")
    void fiftyYearRule(String name, Clock clock, String value, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), HttpDate.parse(value, clock));
    }

    /** name, instant, IMF-fixdate: always two-digit day, GMT, whole seconds (§5.6.7). */
    static Stream<Arguments> formatCases() {
        return Stream.of(
            Arguments.of("rfc_example §5.6.7", T, "Sun, 06 Nov 1994 08:49:37 GMT"),
            Arguments.of("two_digit_day §5.6.7", "2021-03-01T00:00:00Z", "Mon, 01 Mar 2021 00:00:00 GMT"),
            Arguments.of("fraction_truncated §5.6.7", "2021-03-01T00:00:00.999Z", "Mon, 01 Mar 2021 00:00:00 GMT"),
            Arguments.of("epoch §5.6.7", "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 GMT"),
            Arguments.of("september §5.6.7", "2026-09-01T10:00:00Z", "Tue, 01 Sep 2026 10:00:00 GMT"),
            Arguments.of("before_epoch_fraction_truncated_down §5.6.7", "1969-12-31T23:59:59.5Z", "Wed, 31 Dec 1969 23:59:59 GMT"),
            Arguments.of("last_second_of_9999 §5.6.7", "9999-12-31T23:59:59.999Z", "Fri, 31 Dec 9999 23:59:59 GMT"),
            Arguments.of("first_day_of_year_0001 §5.6.7", "0001-01-01T00:00:00Z", "Mon, 01 Jan 0001 00:00:00 GMT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatCases")
    void format(String name, String instant, String expected) {
        assertEquals(expected, HttpDate.format(Instant.parse(instant)));
        assertEquals(Optional.of(Instant.parse(instant).getEpochSecond()),
            HttpDate.parse(expected).map(Instant::getEpochSecond), "round trip");
    }

    /** §5.6.7: day and month names are the RFC's, whatever the JVM's default locale says they are. */
    @org.junit.jupiter.api.Test
    void namesDoNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("de-DE"));
            assertEquals("Tue, 01 Sep 2026 10:00:00 GMT", HttpDate.format(Instant.parse("2026-09-01T10:00:00Z")));
            assertEquals(Optional.of(Instant.parse("2026-09-01T10:00:00Z")),
                HttpDate.parse("Tue, 01 Sep 2026 10:00:00 GMT", MID_2025));
            assertEquals(Optional.empty(), HttpDate.parse("Di., 01 Sept. 2026 10:00:00 GMT", MID_2025));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @org.junit.jupiter.api.Test
    void formatRejectsYearsWithoutFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> HttpDate.format(Instant.parse("-0001-12-31T23:59:59Z")));
    }

    /** IMF-fixdate's ABNF (§5.6.7): day-name "," SP 2DIGIT SP month SP 4DIGIT SP 2DIGIT ":" 2DIGIT ":" 2DIGIT SP "GMT". */
    static final java.util.regex.Pattern IMF_FIXDATE = java.util.regex.Pattern.compile(
        "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4}"
            + " [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");

    /**
     * Every day of 2026-01-01 .. 2028-12-31 (2028-02-29 included), at a time that differs per day: the output fits
     * the ABNF, agrees with java.time's own English formatting of the UTC date-time and reads back to the instant.
     */
    @org.junit.jupiter.api.Test
    void everyDayFrom2026To2028IsAnImfFixdate() {
        java.time.format.DateTimeFormatter oracle = java.time.format.DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        int days = 0;
        boolean leapDay = false;
        while (day.getYear() < 2029) {
            Instant instant = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds((days * 7919L) % 86_400);
            String formatted = HttpDate.format(instant);
            org.junit.jupiter.api.Assertions.assertTrue(IMF_FIXDATE.matcher(formatted).matches(),
                day + ": not an IMF-fixdate: " + formatted);
            assertEquals(oracle.format(instant), formatted, day.toString());
            assertEquals(Optional.of(instant), HttpDate.parse(formatted, MID_2025), day + " round trip");
            leapDay |= day.getMonthValue() == 2 && day.getDayOfMonth() == 29;
            day = day.plusDays(1);
            days++;
        }
        assertEquals(365 + 365 + 366, days);
        org.junit.jupiter.api.Assertions.assertTrue(leapDay, "2028-02-29 was formatted");
    }
}
