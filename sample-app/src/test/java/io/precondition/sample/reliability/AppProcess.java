package io.precondition.sample.reliability;

import io.precondition.sample.support.WikiClient;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The wiki in a JVM of its own, so that it can be killed with SIGKILL ({@link Process#destroyForcibly()}, as
 * {@code kill -9}). It runs {@code io.precondition.sample.Application} from this test JVM's class path, or the
 * shaded jar given by {@code -Dreliability.jar=sample-app/target/precondition-sample-app-0.1.0-SNAPSHOT.jar}, with
 * {@code MICRONAUT_SERVER_PORT}, {@code MICRONAUT_ENVIRONMENTS=postgres} and {@code DATASOURCES_DEFAULT_*} in its
 * environment. Its output goes to {@code target/reliability-<port>.log}. The client benchmark starts it with
 * {@link #startForBenchmark}: the application's default database (H2), its class path without the test classes, and
 * the JIT's full optimisation.
 */
public final class AppProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on a free port against the given datasource; does not wait for it. */
    public static AppProcess start(Map<String, Object> datasource) {
        return start(datasource, List.of(), Map.of());
    }

    /**
     * Starts an instance with more JVM options (e.g. {@code -Duser.timezone=...}) and environment variables (e.g.
     * libfaketime's {@code LD_PRELOAD} and {@code FAKETIME}, which then act on this JVM itself, so that the process
     * stopped is the one whose clock was shifted); does not wait for it. The Micronaut environment is
     * {@code postgres} when the datasource is PostgreSQL.
     */
    public static AppProcess start(Map<String, Object> datasource, List<String> jvmOptions, Map<String, String> env) {
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
        options.addAll(jvmOptions);
        String jar = System.getProperty("reliability.jar", "");
        List<String> main = jar.isBlank()
                ? List.of("-cp", System.getProperty("java.class.path"), "io.precondition.sample.Application")
                : List.of("-jar", jar);
        return start(datasource, options, main, env);
    }

    /**
     * Starts an instance for a benchmark on 127.0.0.1, on the application's default database (H2 in memory), with
     * the application's classes and dependencies only (no test bean may add work to its requests) and no limit on
     * the JIT; does not wait for it.
     *
     * @param jvmOptions more JVM options, e.g. {@code -XX:StartFlightRecording=...} to profile it
     */
    public static AppProcess startForBenchmark(List<String> jvmOptions) {
        List<String> options = new ArrayList<>(List.of("-Dmicronaut.server.host=127.0.0.1"));
        options.addAll(jvmOptions);
        return start(Map.of(), options, List.of("-cp", applicationClassPath(), "io.precondition.sample.Application"),
                Map.of());
    }

    /** An empty {@code datasource} keeps the application's default database. */
    private static AppProcess start(Map<String, Object> datasource, List<String> jvmOptions, List<String> main,
                                    Map<String, String> env) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(main);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        if (!datasource.isEmpty()) {
            datasourceEnvironment(datasource, builder.environment());
        }
        builder.environment().putAll(env);
        Path log = Path.of("target", "reliability-" + port + ".log");
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new AppProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + command, e);
        }
    }

    /** {@code DATASOURCES_DEFAULT_*}, and the {@code postgres} environment for a PostgreSQL URL. */
    private static void datasourceEnvironment(Map<String, Object> datasource, Map<String, String> environment) {
        String url = String.valueOf(datasource.get("datasources.default.url"));
        if (url.startsWith("jdbc:postgresql:")) {
            environment.put("MICRONAUT_ENVIRONMENTS", "postgres");
        }
        environment.put("DATASOURCES_DEFAULT_URL", url);
        environment.put("DATASOURCES_DEFAULT_USERNAME", String.valueOf(datasource.get("datasources.default.username")));
        environment.put("DATASOURCES_DEFAULT_PASSWORD",
                String.valueOf(datasource.getOrDefault("datasources.default.password", "")));
    }

    /** Surefire passes the whole test class path in this property (java.class.path may be a manifest-only jar). */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code GET /pages} answers 200; fails with the end of the instance's log otherwise. */
    public AppProcess awaitReady(long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("instance on port " + port + " exited with " + process.exitValue()
                        + ":\n" + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/pages")
                        .openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        close();
        throw new AssertionError("instance on port " + port + " not ready within " + timeoutSeconds + " s:\n" + tail());
    }

    public WikiClient client() {
        return new WikiClient(port);
    }

    public int port() {
        return port;
    }

    /** @return the CPU time (user and system) the instance's JVM has used so far, in nanoseconds */
    public long cpuNanos() {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new AssertionError("no CPU time of " + this)).toNanos();
    }

    /** SIGKILL, like {@code kill -9}: no shutdown hook runs, open connections are reset. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return "instance pid " + pid() + " on port " + port + " (log " + log + File.separator + ")";
    }
}
