package io.precondition.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

/**
 * HTTP dates, RFC 9110 §5.6.7, read and written with java.time formatters.
 *
 * <pre>
 *   HTTP-date    = IMF-fixdate / obs-date
 *   IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT    ; Sun, 06 Nov 1994 08:49:37 GMT
 *   rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT  ; Sunday, 06-Nov-94 08:49:37 GMT
 *   asctime-date = day-name SP date3 SP time-of-day SP year       ; Sun Nov  6 08:49:37 1994
 * </pre>
 *
 * <p>{@link #parse} accepts the three forms, with optional whitespace around them, and one more: IMF-fixdate with a
 * one-digit day ({@code Sun, 6 Nov 1994 08:49:37 GMT}), which RFC 1123 allowed and common formatters still write
 * (§5.6.7 asks recipients to be robust). Nothing else. It is strict where the RFC is: HTTP-date is case-sensitive,
 * {@code GMT} is required (except in asctime, which is always UTC), and digits are ASCII digits. The names of days
 * and months are the RFC's own, never a locale's (java.time's English names differ between JDKs, e.g. "Sept").
 * Choices made here:
 * <ul>
 *   <li>The day name must be the weekday of the date. RFC 9110 defers to RFC 5322 §3.3 for IMF-fixdate, which
 *       says the day-of-week "MUST be the day implied by the date"; a date that contradicts itself is
 *       treated as invalid, i.e. its field is ignored (java.time's strict resolver checks it).</li>
 *   <li>An impossible date ({@code 31 Feb}, hour 24, minute 60) is invalid. A leap second ({@code :60}) is
 *       read as {@code :59}, since {@link Instant} has no leap seconds.</li>
 *   <li>A two-digit rfc850 year is resolved with the 50-year rule (§5.6.7): the most recent year with those
 *       last two digits that is not more than 50 years in the future of the clock's current time.</li>
 * </ul>
 * {@link #format} always writes IMF-fixdate.
 */
public final class HttpDate {

    private static final Map<Long, String> DAY_NAMES = Map.of(
        1L, "Mon", 2L, "Tue", 3L, "Wed", 4L, "Thu", 5L, "Fri", 6L, "Sat", 7L, "Sun");
    private static final Map<Long, String> LONG_DAY_NAMES = Map.of(
        1L, "Monday", 2L, "Tuesday", 3L, "Wednesday", 4L, "Thursday", 5L, "Friday", 6L, "Saturday", 7L, "Sunday");
    private static final Map<Long, String> MONTH_NAMES = Map.ofEntries(
        Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
        Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
        Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

    /** IMF-fixdate as written: always a two-digit day. */
    private static final DateTimeFormatter IMF_FIXDATE = imfFixdate(2);
    /** IMF-fixdate as read: a one-digit day too, as RFC 1123 allowed. */
    private static final DateTimeFormatter IMF_FIXDATE_READ = imfFixdate(1);
    /** asctime: the day padded with a space ({@code Nov  6}) or a zero ({@code Nov 06}). */
    private static final DateTimeFormatter ASCTIME = strict(new DateTimeFormatterBuilder()
        .appendText(DAY_OF_WEEK, DAY_NAMES).appendLiteral(' ')
        .appendText(MONTH_OF_YEAR, MONTH_NAMES).appendLiteral(' ')
        .padNext(2, ' ').appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(' ')
        .append(timeOfDay()).appendLiteral(' ')
        .appendValue(YEAR, 4));

    /** The rfc850 readers for one year of the 50-year limit; it changes once a year, so they are built once. */
    private static volatile Rfc850Centuries rfc850Centuries = Rfc850Centuries.upTo(0);

    private HttpDate() {
    }

    /**
     * Parses an HTTP-date in any of the three forms, resolving a two-digit year against the current time.
     * Never throws.
     *
     * @param value the field value; null gives an empty result
     * @return the instant, or empty if the value is not a valid HTTP-date
     */
    public static Optional<Instant> parse(String value) {
        return parse(value, Clock.systemUTC());
    }

    /**
     * Parses an HTTP-date in any of the three forms; {@code clock} gives "now" for the rfc850 50-year rule.
     * Never throws (except for a null clock).
     *
     * @param value the field value; null gives an empty result
     * @param clock the clock whose current time resolves two-digit years
     * @return the instant, or empty if the value is not a valid HTTP-date
     */
    public static Optional<Instant> parse(String value, Clock clock) {
        if (value == null) {
            return Optional.empty();
        }
        // Seconds are followed by a space in all three forms (minutes by ':'), and java.time has no leap second.
        String s = trimOws(value).replace(":60 ", ":59 ");
        if (s.length() < 4) {
            return Optional.empty();
        }
        // The fourth character tells the forms apart: "Sun," / "Sun " / "Sunday,".
        Optional<LocalDateTime> dateTime = switch (s.charAt(3)) {
            case ',' -> read(s, IMF_FIXDATE_READ);
            case ' ' -> read(s, ASCTIME);
            default -> rfc850(s, clock);
        };
        return dateTime.map(t -> t.toInstant(ZoneOffset.UTC));
    }

    /**
     * Formats an instant as IMF-fixdate, truncated to whole seconds, always with a two-digit day, e.g.
     * {@code Sun, 06 Nov 1994 08:49:37 GMT}.
     *
     * @param instant the instant
     * @return the IMF-fixdate
     * @throws IllegalArgumentException if the year is outside 0000-9999 (IMF-fixdate has a four-digit year)
     */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new IllegalArgumentException("IMF-fixdate needs a year in 0000-9999: " + instant);
        }
        return IMF_FIXDATE.format(t);
    }

    /**
     * rfc850 with the 50-year rule: the year with those two digits in the century up to fifty years from now,
     * unless that date-time lies beyond the fifty years; then the year a century earlier.
     */
    private static Optional<LocalDateTime> rfc850(String s, Clock clock) {
        LocalDateTime limit = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(50);
        Rfc850Centuries centuries = rfc850Centuries;
        if (centuries.limitYear() != limit.getYear()) {
            centuries = Rfc850Centuries.upTo(limit.getYear());
            rfc850Centuries = centuries;
        }
        Optional<LocalDateTime> latest = read(s, centuries.latest());
        if (latest.isPresent()) {
            return latest.get().isAfter(limit) ? read(s, centuries.before()) : latest;
        }
        // The latest century may have failed only on its weekday, which must fit the year the rule picks: the
        // century before counts only where the latest one would lie beyond the limit.
        return read(s, centuries.before()).filter(t -> t.plusYears(100).isAfter(limit));
    }

    /** Two-digit years read as {@code limitYear - 99 .. limitYear} and as the century before. */
    private record Rfc850Centuries(int limitYear, DateTimeFormatter latest, DateTimeFormatter before) {
        static Rfc850Centuries upTo(int limitYear) {
            return new Rfc850Centuries(limitYear, rfc850FromYear(limitYear - 99), rfc850FromYear(limitYear - 100));
        }
    }

    private static Optional<LocalDateTime> read(String s, DateTimeFormatter formatter) {
        try {
            return Optional.of(formatter.parse(s, LocalDateTime::from));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter imfFixdate(int minDayDigits) {
        return strict(new DateTimeFormatterBuilder()
            .appendText(DAY_OF_WEEK, DAY_NAMES).appendLiteral(", ")
            .appendValue(DAY_OF_MONTH, minDayDigits, 2, SignStyle.NOT_NEGATIVE).appendLiteral(' ')
            .appendText(MONTH_OF_YEAR, MONTH_NAMES).appendLiteral(' ')
            .appendValue(YEAR, 4).appendLiteral(' ')
            .append(timeOfDay()).appendLiteral(" GMT"));
    }

    /** {@code Sunday, 06-Nov-94 08:49:37 GMT}, the two-digit year read as one of {@code firstYear + 0..99}. */
    private static DateTimeFormatter rfc850FromYear(int firstYear) {
        return strict(new DateTimeFormatterBuilder()
            .appendText(DAY_OF_WEEK, LONG_DAY_NAMES).appendLiteral(", ")
            .appendValue(DAY_OF_MONTH, 2).appendLiteral('-')
            .appendText(MONTH_OF_YEAR, MONTH_NAMES).appendLiteral('-')
            .appendValueReduced(YEAR, 2, 2, firstYear).appendLiteral(' ')
            .append(timeOfDay()).appendLiteral(" GMT"));
    }

    private static DateTimeFormatter timeOfDay() {
        return new DateTimeFormatterBuilder()
            .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .toFormatter(Locale.ROOT);
    }

    /** Case-sensitive (the default), ASCII digits, ISO calendar, and no impossible dates or weekday mismatches. */
    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    }

    private static String trimOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && EntityTag.isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && EntityTag.isOws(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }
}
