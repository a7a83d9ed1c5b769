package io.precondition.sample.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.precondition.sample.support.RequiredTool;

/**
 * nginx or Apache httpd (Debian packages {@code nginx}, {@code apache2}; installed by
 * {@code .ci/install-test-tools.sh}) as a child process on 127.0.0.1 and a random free port, serving the files of
 * {@link #docs()}. Each logs every request as {@code METHOD path status bytes inm=<If-None-Match>
 * ims=<If-Modified-Since> im=<If-Match>} (empty for an absent field), which is how the tests see what
 * the server received and sent. A missing server fails the test under {@code CI=true} and skips it elsewhere.
 */
final class StaticServer implements AutoCloseable {

    private final Path dir;
    private final Process process;
    private final int port;

    private StaticServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /**
     * @param locations nginx {@code location} blocks for the server block (DOCS is the document root)
     * @return nginx, listening
     */
    static StaticServer nginx(String locations) throws IOException, InterruptedException {
        String binary = "/usr/sbin/nginx";
        RequiredTool.require(new File(binary).canExecute(), "nginx is not installed (" + binary
                + "); .ci/install-test-tools.sh installs it: apt-get install -y nginx");
        Path dir = directory("precondition-client-nginx");
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
                  types { text/plain txt; }
                  log_format client escape=none '$request_method $uri $status $body_bytes_sent inm=$http_if_none_match ims=$http_if_modified_since im=$http_if_match';
                  access_log DIR/access.log client;
                  server {
                    listen 127.0.0.1:PORT;
                    root DOCS;
                    LOCATIONS
                  }
                }
                """.replace("LOCATIONS", locations)
                .replace("USER", "root".equals(System.getProperty("user.name")) ? "user root root;" : "")
                .replace("PORT", Integer.toString(port)).replace("DOCS", dir.resolve("docs").toString())
                .replace("DIR", dir.toString());
        Files.writeString(dir.resolve("nginx.conf"), conf);
        return started(dir, port, new ProcessBuilder(binary, "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString(), "-g", "daemon off;"));
    }

    /** @return Apache httpd with mod_dav on its document root (the minimal configuration of facts.md) */
    static StaticServer httpdWithDav() throws IOException, InterruptedException {
        String binary = "/usr/sbin/apache2";
        RequiredTool.require(new File(binary).canExecute(), "Apache httpd is not installed (" + binary
                + "); .ci/install-test-tools.sh installs it: apt-get install -y apache2");
        Path dir = directory("precondition-client-httpd");
        Path lock = Files.createDirectories(dir.resolve("lock"));
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = freePort();
        String conf = """
                ServerRoot /usr/lib/apache2
                ServerName 127.0.0.1
                Listen 127.0.0.1:PORT
                PidFile DIR/httpd.pid
                ErrorLog DIR/error.log
                LoadModule mpm_event_module modules/mod_mpm_event.so
                LoadModule authz_core_module modules/mod_authz_core.so
                LoadModule mime_module modules/mod_mime.so
                LoadModule dav_module modules/mod_dav.so
                LoadModule dav_fs_module modules/mod_dav_fs.so
                TypesConfig /etc/mime.types
                USER
                DAVLockDB DIR/lock/DAVLock
                DocumentRoot DIR/docs
                LogFormat "%m %U %>s %B inm=%{If-None-Match}i ims=%{If-Modified-Since}i im=%{If-Match}i" client
                CustomLog DIR/access.log client
                <Directory DIR/docs>
                  Dav On
                  AllowOverride None
                  Require all granted
                </Directory>
                """.replace("USER", "root".equals(System.getProperty("user.name")) ? "User www-data\nGroup www-data" : "")
                .replace("PORT", Integer.toString(port)).replace("DIR", dir.toString());
        Files.writeString(dir.resolve("httpd.conf"), conf);
        return started(dir, port, new ProcessBuilder(binary, "-f", dir.resolve("httpd.conf").toString(),
                "-DFOREGROUND"));
    }

    private static Path directory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.setPosixFilePermissions(docs, PosixFilePermissions.fromString("rwxrwxrwx"));
        return dir;
    }

    private static StaticServer started(Path dir, int port, ProcessBuilder builder)
            throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        StaticServer server = new StaticServer(dir, process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(builder.command() + " exited: " + server.file("stdout.log")
                        + server.file("error.log"));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        server.close();
        throw new IllegalStateException(builder.command() + " did not listen on " + port + " within 10 s");
    }

    /** @return {@code http://127.0.0.1:<port>} */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the document root, writable */
    Path docs() {
        return dir.resolve("docs");
    }

    /**
     * The access-log lines for {@code path} so far, waiting up to 5 s until there are at least {@code atLeast}
     * (both servers log after answering).
     */
    List<String> log(String path, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            List<String> lines = file("access.log").lines().filter(l -> l.split(" ", 3).length > 1
                    && l.split(" ", 3)[1].equals(path)).map(l -> l.replaceAll("=-( |$)", "=$1").replace("\\\"", "\"")).toList();
            if (lines.size() >= atLeast || System.nanoTime() > deadline) {
                return lines;
            }
            Thread.sleep(20);
        }
    }

    private String file(String name) {
        try {
            Path p = dir.resolve(name);
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
