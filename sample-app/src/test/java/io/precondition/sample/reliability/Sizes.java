package io.precondition.sample.reliability;

import java.time.Duration;

/**
 * Sizes of the reliability scenarios, from system properties (Maven {@code -D...} reaches surefire's forks).
 * The defaults are CI's short size; {@code -Preliability-full} (see docs/reliability.md) sets the full size.
 */
public final class Sizes {
    private Sizes() {
    }

    /** App instances sharing one database ({@code reliability.instances}, default 2). */
    public static int instances() {
        return Math.max(1, Integer.getInteger("reliability.instances", 2));
    }

    /** Concurrent clients spread over the instances ({@code reliability.clients}, default 16). */
    public static int clients() {
        return Math.max(1, Integer.getInteger("reliability.clients", 16));
    }

    /** Write attempts per lost-update scenario ({@code reliability.attempts}, default 160). */
    public static int attempts() {
        return Math.max(1, Integer.getInteger("reliability.attempts", 160));
    }

    /** Upper bound on one scenario's load phase ({@code reliability.seconds}, default 3): every loop stops by then. */
    public static Duration maxDuration() {
        return Duration.ofSeconds(Math.max(1, Long.getLong("reliability.seconds", 3)));
    }

    /** How long PostgreSQL stays unreachable in the outage scenario ({@code reliability.outage.seconds}, default 2). */
    public static Duration outage() {
        return Duration.ofSeconds(Math.max(1, Long.getLong("reliability.outage.seconds", 2)));
    }

    /** Fuzzed requests ({@code fuzz.cases}, default 2000). */
    public static int fuzzCases() {
        return Math.max(1, Integer.getInteger("fuzz.cases", 2000));
    }

    /** The database kind of this surefire execution, for reports. */
    public static String database() {
        return System.getProperty("precondition.test.database", "h2");
    }
}
