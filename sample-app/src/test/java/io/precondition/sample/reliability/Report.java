package io.precondition.sample.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of one scenario: printed as one line, and appended as a Markdown table row to
 * {@code target/reliability-report.md} (the module's build directory), from which docs/reliability.md is filled.
 */
public final class Report {
    private final String scenario;
    private final int instances;
    private final int clients;
    private long attempts;
    private long successes;
    private long preconditionFailed;
    private long serverErrors;
    private long lostUpdates;
    private long changedOnFailure;
    private Duration duration = Duration.ZERO;
    private final Map<String, Long> other = new TreeMap<>();
    private final StringBuilder notes = new StringBuilder();

    public Report(String scenario, int instances, int clients) {
        this.scenario = scenario;
        this.instances = instances;
        this.clients = clients;
    }

    /** Counts write attempts, 2xx writes, 412s, 5xx (expected 503s are passed as {@code expected503}) and the rest. */
    public Report count(Collection<Event> events, Duration duration, boolean expected503) {
        this.duration = duration;
        for (Event e : events) {
            if (e.status() >= 500 && !(expected503 && e.status() == 503)) {
                serverErrors++;
            }
            if (!e.write()) {
                if (e.status() != 200) {
                    other.merge(e.method() + " " + label(e.status()), 1L, Long::sum);
                }
                continue;
            }
            attempts++;
            if (e.status() >= 200 && e.status() < 300) {
                successes++;
            } else if (e.status() == 412) {
                preconditionFailed++;
            } else {
                other.merge(e.method() + " " + label(e.status()), 1L, Long::sum);
            }
        }
        return this;
    }

    private static String label(int status) {
        return status == Event.NO_RESPONSE ? "no-response" : String.valueOf(status);
    }

    public Report lostUpdates(long n) {
        lostUpdates = n;
        return this;
    }

    public Report changedOnFailure(long n) {
        changedOnFailure = n;
        return this;
    }

    public Report note(String text) {
        notes.append(notes.length() == 0 ? "" : "; ").append(text);
        return this;
    }

    public Report attempts(long n) {
        attempts = n;
        return this;
    }

    public Report successes(long n) {
        successes = n;
        return this;
    }

    public Report preconditionFailed(long n) {
        preconditionFailed = n;
        return this;
    }

    public Report serverErrors(long n) {
        serverErrors = n;
        return this;
    }

    public Report duration(Duration d) {
        duration = d;
        return this;
    }

    public long serverErrors() {
        return serverErrors;
    }

    public long successes() {
        return successes;
    }

    public long attempts() {
        return attempts;
    }

    /** Prints the line and appends the row; returns the line. */
    public String publish() {
        double seconds = Math.max(0.001, duration.toMillis() / 1000.0);
        String line = String.format("[reliability] %s db=%s instances=%d clients=%d attempts=%d successes=%d"
                        + " 412=%d other=%s 5xx=%d lost-updates=%d changed-on-failure=%d duration=%.1fs"
                        + " throughput=%.0f attempts/s%s",
                scenario, Sizes.database(), instances, clients, attempts, successes, preconditionFailed, other,
                serverErrors, lostUpdates, changedOnFailure, seconds, attempts / seconds,
                notes.length() == 0 ? "" : " (" + notes + ")");
        System.out.println(line);
        String row = String.format("| %s | %s | %d | %d | %d | %.1f s | %d | %d | %d | %d | %d | %s | %s |%n",
                scenario, Sizes.database(), attempts, clients, instances, seconds, successes, preconditionFailed,
                serverErrors, lostUpdates, changedOnFailure, other, notes);
        try {
            Path file = Path.of(System.getProperty("reliability.report", "target/reliability-report.md"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("[reliability] could not append the report row: " + e);
        }
        return line;
    }
}
