package io.precondition.sample.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** The three HTTP-date forms of RFC 9110 §5.6.7, written and read independently of the app. */
public final class HttpDates {
    /** IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    public static final Pattern IMF_FIXDATE =
            Pattern.compile("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$");

    private static final DateTimeFormatter IMF = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    public static String imfFixdate(Instant instant) {
        return IMF.format(instant);
    }

    /** The obsolete RFC 850 form, e.g. {@code Sunday, 06-Nov-94 08:49:37 GMT}. */
    public static String rfc850(Instant instant) {
        return RFC_850.format(instant);
    }

    /** The obsolete asctime form, e.g. {@code Sun Nov  6 08:49:37 1994}. */
    public static String asctime(Instant instant) {
        return ASCTIME.format(instant);
    }

    /** Parses an IMF-fixdate strictly; fails the test on anything else. */
    public static Instant parseImfFixdate(String value) {
        if (value == null || !IMF_FIXDATE.matcher(value).matches()) {
            throw new AssertionError("not an IMF-fixdate (RFC 9110 §5.6.7): " + value);
        }
        return ZonedDateTime.parse(value, IMF).toInstant();
    }
}
