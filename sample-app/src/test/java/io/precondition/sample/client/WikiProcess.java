package io.precondition.sample.client;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;

/**
 * The sample wiki in a JVM of its own, as a client's server is in production: the application's classes and
 * dependencies from this test's class path (without the test classes), its default configuration (H2 in memory),
 * on a free port of 127.0.0.1. Its output goes to {@code target/bench-wiki.log}; {@link #close} stops it.
 */
final class WikiProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private WikiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the wiki and waits, at most 90 s, until it serves {@code GET /pages}. */
    static WikiProcess start() throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", applicationClassPath(), "-Dmicronaut.server.host=127.0.0.1",
                "-Dmicronaut.server.port=" + port));
        // e.g. -Dbench.wiki.jvm=-XX:StartFlightRecording=filename=target/wiki.jfr to profile the wiki
        String extra = System.getProperty("bench.wiki.jvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("io.precondition.sample.Application");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench-wiki.log").toFile()).start();
        WikiProcess wiki = new WikiProcess(process, port);
        try {
            wiki.awaitReady();
        } catch (InterruptedException | RuntimeException | Error e) {
            wiki.close();
            throw e;
        }
        return wiki;
    }

    int port() {
        return port;
    }

    /** @return the CPU time (user and system) the wiki's JVM has used so far, in nanoseconds */
    long cpuNanos() {
        return process.info().totalCpuDuration().orElseThrow(() -> new AssertionError("no CPU time of the wiki"))
                .toNanos();
    }

    /** @return a client of the wiki's API, for the benchmark's set-up */
    WikiClient api() {
        return new WikiClient(port);
    }

    private void awaitReady() throws InterruptedException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("the wiki exited with " + process.exitValue() + ": see target/bench-wiki.log");
            }
            try {
                Reply reply = api().get("/pages");
                if (reply.status() == 200) {
                    return;
                }
            } catch (AssertionError | RuntimeException notYet) {
                // not listening yet (WikiClient reports a refused connection as an AssertionError)
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the wiki did not start within " + START_TIMEOUT + ": see target/bench-wiki.log");
    }

    /** Surefire passes the whole test class path in this property (java.class.path may be a manifest-only jar). */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
