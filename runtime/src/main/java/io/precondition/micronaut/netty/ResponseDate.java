package io.precondition.micronaut.netty;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.HttpDate;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The server's clock, for the {@code Date} of every response (RFC 9110 §6.6.1) and for the bound that keeps
 * {@code Last-Modified} from being later than that {@code Date} (§8.8.2.1). Both read the same clock, so a
 * {@code Last-Modified} bounded by {@link #now()} is never after the {@code Date} written later.
 *
 * <p>The clock is the application's {@link Clock} bean when it has one (tests inject a fixed one), else the system
 * clock. Only the instant is used: the date is written in GMT whatever the clock's or the JVM's zone.
 */
@Singleton
@Internal
public class ResponseDate {

    private final Clock clock;
    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    /**
     * @param clock the application's clock, or {@code null} for the system clock
     */
    public ResponseDate(@Nullable Clock clock) {
        this.clock = clock != null ? clock : Clock.systemUTC();
    }

    /** @return the current instant */
    public Instant now() {
        return clock.instant();
    }

    /**
     * @return the current time as an IMF-fixdate (RFC 9110 §5.6.7), formatted once per second
     */
    public String httpDate() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        Formatted f = last;
        if (f.second != second) {
            f = new Formatted(second, HttpDate.format(Instant.ofEpochSecond(second)));
            last = f;
        }
        return f.value;
    }

    private record Formatted(long second, String value) {
    }
}
