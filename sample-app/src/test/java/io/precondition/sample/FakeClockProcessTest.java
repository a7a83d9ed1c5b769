package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.precondition.sample.reliability.AppProcess;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.RequiredTool;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wiki in a JVM whose clock libfaketime has moved to a day 1-9 and to a day &gt;= 10, also with a JVM zone
 * that has daylight saving: Micronaut's own Date path and Micronaut Data's timestamps run on that clock, so this
 * checks the whole app, not only the parts that take an injected {@code Clock}. RFC 9110 §6.6.1 (Date on every
 * 2xx/3xx/4xx), §5.6.7 (IMF-fixdate, two-digit day), §8.8.2.1 (Last-Modified not after Date), and §5.6.7's
 * robustness: an If-Modified-Since written with a one-digit day (as Micronaut's HTTP client and
 * {@code RFC_1123_DATE_TIME} do) is still understood.
 *
 * <p>Runs on this execution's database (H2, or PostgreSQL in the execution "postgres"). Needs Debian's
 * {@code libfaketime} ({@code .ci/install-test-tools.sh} installs it); under {@code CI=true} a
 * missing library fails the test instead of skipping it.
 */
class FakeClockProcessTest {

    static final Path LIBFAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
    static final DateTimeFormatter ONE_DIGIT_DAY = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @ParameterizedTest(name = "clock at {0} UTC, JVM zone {1}")
    @CsvSource({
        // a day 1-9, 30 s before midnight UTC, in a JVM zone with daylight saving (still the 4th there)
        "2027-03-04 23:59:30, America/New_York",
        "2027-03-17 10:15:00, UTC"
    })
    void datesAreImfFixdatesOnTheShiftedDay(String fakeStart, String zone) throws Exception {
        requireLibfaketime();
        Instant start = Instant.parse(fakeStart.replace(' ', 'T') + "Z");
        try (TestDatabase database = TestDatabase.createFresh();
             AppProcess app = AppProcess.start(database.properties(), List.of("-Duser.timezone=" + zone), Map.of(
                     "LD_PRELOAD", LIBFAKETIME.toString(),
                     "FAKETIME", "@" + fakeStart,
                     "FAKETIME_DONT_FAKE_MONOTONIC", "1",
                     // libfaketime 0.9.10's default monotonic fix makes the JVM's timed waits return at once, so
                     // every parked thread spins (measured: Object.wait(1) took 0 ms, reads of the clock 10x slower)
                     "FAKETIME_FORCE_MONOTONIC_FIX", "0",
                     "TZ", "UTC"))) {
            app.awaitReady(300);
            WikiClient wiki = app.client();
            List<Reply> replies = new ArrayList<>();
            Reply created = wiki.create("fake-clock", "Title", "Body");
            assertStatus(201, created);
            replies.add(created);
            Reply ok = wiki.getPage("fake-clock");
            assertStatus(200, ok);
            replies.add(ok);
            String oneDigit = ONE_DIGIT_DAY.format(HttpDates.parseImfFixdate(ok.lastModified()));
            Reply notModified = wiki.getPage("fake-clock", "If-Modified-Since", oneDigit);
            assertStatus(304, notModified);
            replies.add(notModified);
            replies.add(wiki.put("fake-clock", "{\"title\":\"t\",\"body\":\"b\"}"));
            replies.add(wiki.get("/no-such-route"));
            for (Reply reply : replies) {
                Instant date = HttpDates.parseImfFixdate(reply.header("Date"));
                assertTrue(!date.isBefore(start) && date.isBefore(start.plus(Duration.ofMinutes(10))),
                        "Date on the shifted clock (" + fakeStart + "): " + reply);
                if (reply.header("Last-Modified") != null) {
                    assertTrue(!HttpDates.parseImfFixdate(reply.lastModified()).isAfter(date),
                            "Last-Modified not after Date: " + reply);
                }
            }
            assertEquals(428, replies.get(3).status());
            assertEquals(404, replies.get(4).status());
        }
    }

    private static void requireLibfaketime() {
        RequiredTool.require(Files.isReadable(LIBFAKETIME),
                "libfaketime is missing at " + LIBFAKETIME + ": apt-get install faketime (.ci/install-test-tools.sh)");
    }
}
