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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The wiki in a JVM of its own, so that it can be killed with SIGKILL ({@link Process#destroyForcibly()}, as
 * {@code kill -9}). It runs {@code io.precondition.sample.Application} from this test JVM's class path, or the
 * shaded jar given by {@code -Dreliability.jar=sample-app/target/precondition-sample-app-0.1.0-SNAPSHOT.jar}, with
 * {@code MICRONAUT_SERVER_PORT}, {@code MICRONAUT_ENVIRONMENTS=postgres} and {@code DATASOURCES_DEFAULT_*} in its
 * environment. Its output goes to {@code target/reliability-<port>.log}.
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
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        String jar = System.getProperty("reliability.jar", "");
        if (!jar.isBlank()) {
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.precondition.sample.Application");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        String url = String.valueOf(datasource.get("datasources.default.url"));
        if (url.startsWith("jdbc:postgresql:")) {
            builder.environment().put("MICRONAUT_ENVIRONMENTS", "postgres");
        }
        builder.environment().put("DATASOURCES_DEFAULT_URL", url);
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME",
                String.valueOf(datasource.get("datasources.default.username")));
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD",
                String.valueOf(datasource.getOrDefault("datasources.default.password", "")));
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
