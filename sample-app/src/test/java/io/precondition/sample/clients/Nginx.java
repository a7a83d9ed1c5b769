package io.precondition.sample.clients;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.precondition.sample.support.RequiredTool;

/**
 * nginx (Debian package {@code nginx}, installed by {@code .ci/install-test-tools.sh}) as a child process on
 * 127.0.0.1 with a generated configuration in a temporary directory. Missing nginx fails the test in CI and skips it elsewhere (RequiredTool).
 */
final class Nginx implements AutoCloseable {
    static final String BINARY = "/usr/sbin/nginx";

    private final Path dir;
    private final Process process;
    final int port;

    private Nginx(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Starts nginx with {@code server} (the body of one server block; {@code PORT} is replaced) inside an http block. */
    static Nginx start(String httpBlock) throws IOException, InterruptedException {
        RequiredTool.require(new File(BINARY).canExecute(), "nginx is not installed (" + BINARY
                + "); .ci/install-test-tools.sh installs the Debian package 'nginx': apt-get install -y nginx");
        Path dir = Files.createTempDirectory("precondition-nginx");
        int port = freePort();
        String conf = """
                USER
                worker_processes 1;
                pid DIR/nginx.pid;
                error_log DIR/error.log warn;
                events { worker_connections 64; }
                http {
                  client_body_temp_path DIR/body;
                  proxy_temp_path DIR/proxy;
                  fastcgi_temp_path DIR/fastcgi;
                  uwsgi_temp_path DIR/uwsgi;
                  scgi_temp_path DIR/scgi;
                  log_format upstream '$request_method $uri $status up=$upstream_status cache=$upstream_cache_status';
                  access_log DIR/access.log upstream;
                HTTP
                }
                """.replace("HTTP", httpBlock)
                // Run as root (CI), nginx would start its worker as an unprivileged user that cannot write DIR.
                .replace("USER", "root".equals(System.getProperty("user.name")) ? "user root root;" : "").replace("PORT", Integer.toString(port)).replace("DIR", dir.toString());
        Files.writeString(dir.resolve("nginx.conf"), conf);
        Process process = new ProcessBuilder(BINARY, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(dir, process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + nginx.log("stdout.log") + nginx.log("error.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    /** The access log's lines so far: {@code METHOD uri status up=<upstream status> cache=<cache status>}. */
    List<String> accessLog() {
        try {
            Path log = dir.resolve("access.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code nth} access-log line (1-based) for {@code method uri}, waiting up to 5 s for nginx to write it: nginx
     * logs after it has answered, so the line of the request just made may not be there yet.
     */
    String logFor(String method, String uri, int nth) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            int seen = 0;
            for (String line : accessLog()) {
                if (line.startsWith(method + " " + uri + " ") && ++seen == nth) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access-log line " + nth + " for " + method + " " + uri + " in " + accessLog());
            }
            Thread.sleep(20);
        }
    }

    int accessLogSize() {
        return accessLog().size();
    }

    private String log(String name) {
        try {
            Path p = dir.resolve(name);
            return Files.exists(p) ? "\n" + name + ": " + Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
