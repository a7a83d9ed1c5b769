package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of HTTP dates (RFC 9110 §5.6.7), checked against java.time formatters as an oracle. */
class HttpDateProperties {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final DateTimeFormatter IMF = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
        .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter RFC850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-uu HH:mm:ss 'GMT'", Locale.US)
        .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US)
        .withZone(ZoneOffset.UTC);

    static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    static final long YEAR_9999_END = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(YEAR_0, YEAR_9999_END)
            .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    /** Instants within 49 years of {@link #NOW}, where a two-digit year is unambiguous. */
    @Provide
    Arbitrary<Instant> nearInstants() {
        long span = 49L * 365 * 86_400;
        return Arbitraries.longs().between(NOW.getEpochSecond() - span, NOW.getEpochSecond() + span).map(Instant::ofEpochSecond);
    }

    @Property(seed = Seeds.FIXED)
    void formatIsImfFixdate(@ForAll("instants") Instant instant) {
        String formatted = HttpDate.format(instant);
        assertEquals(29, formatted.length());
        assertEquals(IMF.format(instant), formatted);
    }

    @Property(seed = Seeds.FIXED)
    void formatThenParseGivesTheWholeSecond(@ForAll("instants") Instant instant) {
        assertEquals(Optional.of(Instant.ofEpochSecond(instant.getEpochSecond())),
            HttpDate.parse(HttpDate.format(instant), CLOCK));
    }

    @Property(seed = Seeds.FIXED)
    void asctimeParses(@ForAll("instants") Instant instant) {
        Instant whole = Instant.ofEpochSecond(instant.getEpochSecond());
        String asctime = ASCTIME.format(whole);
        assertEquals(24, asctime.length(), asctime);
        assertEquals(Optional.of(whole), HttpDate.parse(asctime, CLOCK), asctime);
    }

    @Property(seed = Seeds.FIXED)
    void rfc850ParsesWithinFiftyYears(@ForAll("nearInstants") Instant instant) {
        String rfc850 = RFC850.format(instant);
        assertEquals(Optional.of(instant), HttpDate.parse(rfc850, CLOCK), rfc850);
    }

    @Property(seed = Seeds.FIXED)
    void rfc850YearIsNeverMoreThanFiftyYearsAhead(@ForAll("nearInstants") Instant instant) {
        // whatever the two digits, the result is within (now - 50 years, now + 50 years]
        Optional<Instant> parsed = HttpDate.parse(RFC850.format(instant), CLOCK);
        assertTrue(parsed.isPresent());
        Instant limit = NOW.atZone(ZoneOffset.UTC).plusYears(50).toInstant();
        assertTrue(!parsed.get().isAfter(limit) && parsed.get().isAfter(limit.atZone(ZoneOffset.UTC).minusYears(100).toInstant()));
    }

    @Property(tries = 2000, seed = Seeds.FIXED)
    void arbitraryStringsNeverThrow(@ForAll String value) {
        Optional<Instant> parsed = HttpDate.parse(value, CLOCK);
        parsed.ifPresent(p -> assertEquals(parsed, HttpDate.parse(HttpDate.format(p), CLOCK)));
    }

    @Property(tries = 2000, seed = Seeds.FIXED)
    void mutatedDatesNeverThrowAndStayConsistent(@ForAll("instants") Instant instant, @ForAll("positions") int pos,
                                                 @ForAll("dateChars") char c) {
        String formatted = HttpDate.format(instant);
        String mutated = formatted.substring(0, pos) + c + formatted.substring(pos + 1);
        Optional<Instant> parsed = HttpDate.parse(mutated, CLOCK);
        // A valid result is exactly the date the text states, as java.time reads it; a leap second (":60",
        // RFC 5322 §3.3) is read as ":59" of the same minute.
        String expected = mutated.substring(23, 25).equals("60")
                ? mutated.substring(0, 23) + "59" + mutated.substring(25) : mutated;
        parsed.ifPresent(p -> assertEquals(expected, IMF.format(p)));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 28);
    }

    @Provide
    Arbitrary<Character> dateChars() {
        return Arbitraries.of("0123456789 ,:-GMTSunMonFebx\t".chars().mapToObj(ch -> (char) ch).toArray(Character[]::new));
    }
}
