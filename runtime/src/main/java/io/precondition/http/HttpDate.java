package io.precondition.http;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * HTTP dates, RFC 9110 §5.6.7.
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
 * (§5.6.7 asks recipients to be robust). Nothing else. It
 * is strict where the RFC is: HTTP-date is case-sensitive, {@code GMT} is required (except in asctime,
 * which is always UTC), and digits are ASCII digits. Choices made here:
 * <ul>
 *   <li>The day name must be the weekday of the date. RFC 9110 defers to RFC 5322 §3.3 for IMF-fixdate, which
 *       says the day-of-week "MUST be the day implied by the date"; a date that contradicts itself is
 *       treated as invalid, i.e. its field is ignored.</li>
 *   <li>An impossible date ({@code 31 Feb}, hour 24, minute 60) is invalid. A leap second ({@code :60}) is
 *       read as {@code :59}, since {@link Instant} has no leap seconds.</li>
 *   <li>A two-digit rfc850 year is resolved with the 50-year rule (§5.6.7): the most recent year with those
 *       last two digits that is not more than 50 years in the future of the clock's current time.</li>
 * </ul>
 * {@link #format} always writes IMF-fixdate.
 */
public final class HttpDate {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAYS_LONG = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

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
        int start = 0;
        int end = value.length();
        while (start < end && EntityTag.isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && EntityTag.isOws(value.charAt(end - 1))) {
            end--;
        }
        String s = value.substring(start, end);
        long seconds;
        if (s.length() == 29 && s.charAt(3) == ',') {
            seconds = imfFixdate(s);
        } else if (s.length() == 28 && s.charAt(3) == ',') {
            seconds = oneDigitDay(s);
        } else if (s.length() == 24 && s.charAt(3) == ' ') {
            seconds = asctime(s);
        } else {
            seconds = rfc850(s, clock);
        }
        return seconds == INVALID ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
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
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("IMF-fixdate needs a year in 0000-9999: " + instant);
        }
        StringBuilder sb = new StringBuilder(29);
        sb.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        two(sb, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        two(two(sb, year / 100), year % 100).append(' ');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond()).append(" GMT");
        return sb.toString();
    }

    private static final long INVALID = Long.MIN_VALUE;

    /** {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static long imfFixdate(String s) {
        int day = dayName(s, 0);
        if (day < 0 || s.charAt(4) != ' ' || s.charAt(7) != ' ' || s.charAt(11) != ' ' || s.charAt(16) != ' '
            || s.charAt(25) != ' ' || !s.startsWith("GMT", 26)) {
            return INVALID;
        }
        return toEpoch(day, digits(s, 12, 4), month(s, 8), digits(s, 5, 2), s, 17);
    }

    /**
     * {@code Sun, 6 Nov 1994 08:49:37 GMT}: not an HTTP-date (day = 2DIGIT), but what RFC 1123 allows and
     * java.time's RFC 1123 formatter writes on days 1-9, e.g. Micronaut's HTTP client in
     * If-Modified-Since. Recipients should be robust (§5.6.7), so it is read like the IMF-fixdate it means.
     */
    private static long oneDigitDay(String s) {
        int day = dayName(s, 0);
        if (day < 0 || s.charAt(4) != ' ' || s.charAt(6) != ' ' || s.charAt(10) != ' ' || s.charAt(15) != ' '
            || s.charAt(24) != ' ' || !s.startsWith("GMT", 25)) {
            return INVALID;
        }
        return toEpoch(day, digits(s, 11, 4), month(s, 7), digits(s, 5, 1), s, 16);
    }

    /** {@code Sun Nov  6 08:49:37 1994} (also {@code Sun Nov 06 ...}). */
    private static long asctime(String s) {
        int day = dayName(s, 0);
        if (day < 0 || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(19) != ' ') {
            return INVALID;
        }
        int dom = s.charAt(8) == ' ' ? digits(s, 9, 1) : digits(s, 8, 2);
        return toEpoch(day, digits(s, 20, 4), month(s, 4), dom, s, 11);
    }

    /** {@code Sunday, 06-Nov-94 08:49:37 GMT}. */
    private static long rfc850(String s, Clock clock) {
        int day = -1;
        int i = 0;
        for (int d = 0; d < DAYS_LONG.length; d++) {
            if (s.startsWith(DAYS_LONG[d])) {
                day = d;
                i = DAYS_LONG[d].length();
                break;
            }
        }
        // after the name: ", DD-Mon-YY HH:MM:SS GMT" is 24 characters
        if (day < 0 || s.length() != i + 24 || s.charAt(i) != ',' || s.charAt(i + 1) != ' '
            || s.charAt(i + 4) != '-' || s.charAt(i + 8) != '-' || s.charAt(i + 11) != ' '
            || s.charAt(i + 20) != ' ' || !s.startsWith("GMT", i + 21)) {
            return INVALID;
        }
        int dom = digits(s, i + 2, 2);
        int month = month(s, i + 5);
        int yy = digits(s, i + 9, 2);
        int hour = digits(s, i + 12, 2);
        int minute = digits(s, i + 15, 2);
        int second = digits(s, i + 18, 2);
        if (yy < 0 || month < 0 || dom < 0 || hour < 0 || minute < 0 || second < 0) {
            return INVALID;
        }
        // §5.6.7: a date that appears to be more than 50 years in the future is in the most recent past
        // year with the same last two digits.
        LocalDateTime limit = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(50);
        int year = (limit.getYear() / 100) * 100 + 100 + yy;
        while (after(year, month, dom, hour, minute, second, limit)) {
            year -= 100;
        }
        return toEpoch(day, year, month, dom, s, i + 12);
    }

    private static boolean after(int y, int mo, int d, int h, int mi, int s, LocalDateTime t) {
        int c = Integer.compare(y, t.getYear());
        if (c == 0) {
            c = Integer.compare(mo, t.getMonthValue());
        }
        if (c == 0) {
            c = Integer.compare(d, t.getDayOfMonth());
        }
        if (c == 0) {
            c = Integer.compare(h, t.getHour());
        }
        if (c == 0) {
            c = Integer.compare(mi, t.getMinute());
        }
        if (c == 0) {
            c = Integer.compare(s, t.getSecond());
        }
        return c > 0;
    }

    /** Validates the fields and the weekday, reads {@code HH:MM:SS} at {@code t}, returns epoch seconds. */
    private static long toEpoch(int weekday, int year, int month, int dom, String s, int t) {
        int hour = digits(s, t, 2);
        int minute = digits(s, t + 3, 2);
        int second = digits(s, t + 6, 2);
        if (year < 0 || month < 1 || dom < 1 || s.charAt(t + 2) != ':' || s.charAt(t + 5) != ':'
            || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60
            || dom > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return INVALID;
        }
        LocalDate date = LocalDate.of(year, month, dom);
        if (date.getDayOfWeek() != DayOfWeek.of(weekday + 1)) {
            return INVALID;
        }
        return date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + Math.min(second, 59);
    }

    /** Index 0-6 (Monday-Sunday) of the three-letter day name at {@code i}, or -1. */
    private static int dayName(String s, int i) {
        for (int d = 0; d < DAYS.length; d++) {
            if (s.startsWith(DAYS[d], i)) {
                return d;
            }
        }
        return -1;
    }

    /** Month 1-12 of the three-letter (case-sensitive) month name at {@code i}, or -1. */
    private static int month(String s, int i) {
        for (int m = 0; m < MONTHS.length; m++) {
            if (s.startsWith(MONTHS[m], i)) {
                return m + 1;
            }
        }
        return -1;
    }

    /** The value of {@code count} ASCII digits at {@code i}, or -1. */
    private static int digits(String s, int i, int count) {
        int v = 0;
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
