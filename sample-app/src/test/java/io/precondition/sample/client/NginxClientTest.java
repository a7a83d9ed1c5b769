package io.precondition.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.precondition.client.Tagged;
import io.precondition.sample.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * precondition-client against nginx serving static files (strong ETags "mtime-size", Last-Modified, 304): what nginx
 * received and sent is read from its access log. No database involved: runs in the H2 execution only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class NginxClientTest {

    private StaticServer nginx;
    private ApplicationContext context;
    private StaticFiles files;

    @BeforeAll
    void start() throws Exception {
        nginx = StaticServer.nginx("""
                location /fresh/ { add_header Cache-Control "max-age=60"; }
                location /vary/ { add_header Vary "Accept-Language"; }
                location /nostore/ { add_header Cache-Control "no-store"; }
                location /badtag/ { etag off; add_header ETag "no-quotes"; }
                location /json/ { types { } default_type application/json; }
                """);
        for (String dir : List.of("files", "fresh", "vary", "nostore", "badtag", "big", "json")) {
            Files.createDirectories(nginx.docs().resolve(dir));
        }
        context = ApplicationContext.run(Map.of("static.url", nginx.url(),
                "precondition.client.entry-max-bytes", "4096", "datasources.default.enabled", "false",
                "flyway.enabled", "false"));
        files = context.getBean(StaticFiles.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    private String write(String path, String content) throws Exception {
        Path file = nginx.docs().resolve(path);
        Files.writeString(file, content);
        return "/" + path;
    }

    @Test
    @DisplayName("a stored file is revalidated: nginx sees If-None-Match and sends 304 with no body; the caller gets the stored file (RFC 9111 §4.3.1, §4.3.4)")
    void revalidatedWith304() throws Exception {
        String path = write("files/a.txt", "hello nginx");
        Tagged<String> first = files.file("files/a.txt");
        Tagged<String> second = files.file("files/a.txt");
        List<String> log = nginx.log(path, 2);
        assertTrue(log.get(0).startsWith("GET " + path + " 200 11 inm= "), log.toString());
        assertTrue(log.get(1).startsWith("GET " + path + " 304 0 inm=" + first.etag().orElseThrow()), log.toString());
        assertEquals("hello nginx", second.value());
        assertEquals(first, second);
        assertFalse(first.etag().orElseThrow().isWeak(), "nginx's file tags are strong");
    }

    @Test
    @DisplayName("a changed file is sent in full on revalidation: a 304 never masks a change (RFC 9110 §13.1.2)")
    void changedFileIsReadAgain() throws Exception {
        String path = write("files/b.txt", "one");
        Tagged<String> before = files.file("files/b.txt");
        Path file = nginx.docs().resolve("files/b.txt");
        Files.writeString(file, "two!");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        Tagged<String> after = files.file("files/b.txt");
        assertEquals("two!", after.value());
        assertFalse(before.etag().equals(after.etag()));
        assertTrue(nginx.log(path, 2).get(1).startsWith("GET " + path + " 200 4 inm=" + before.etag().orElseThrow()));
    }

    @Test
    @DisplayName("while fresh (max-age=60) the stored file answers without any request; the answer says its Age (RFC 9111 §4.2, §5.1)")
    void freshAnswersWithoutRequest() throws Exception {
        String path = write("fresh/c.txt", "fresh");
        assertEquals("fresh", files.file("fresh/c.txt").value());
        HttpResponse<String> again = files.response("fresh/c.txt");
        assertEquals("fresh", again.body());
        assertTrue(again.getHeaders().contains("Age"));
        assertEquals(1, nginx.log(path, 2).size(), "one request in all: " + nginx.log(path, 1));
    }

    @Test
    @DisplayName("Vary: Accept-Language: a stored response answers only a request with the same language (RFC 9111 §4.1)")
    void varyIsHonoured() throws Exception {
        String path = write("vary/d.txt", "varied");
        files.inLanguage("vary/d.txt", "de");
        files.inLanguage("vary/d.txt", "de");
        files.inLanguage("vary/d.txt", "fr");
        List<String> log = nginx.log(path, 3);
        assertTrue(log.get(0).contains(" 200 ") && log.get(0).contains("inm= "), log.toString());
        assertTrue(log.get(1).contains(" 304 ") && !log.get(1).contains("inm= "), "same language: conditional " + log);
        assertTrue(log.get(2).contains(" 200 ") && log.get(2).contains("inm= "), "other language: unconditional " + log);
    }

    @Test
    @DisplayName("no-store is never stored: every read is unconditional (RFC 9111 §5.2.2.5)")
    void noStoreIsNeverStored() throws Exception {
        String path = write("nostore/e.txt", "secret");
        files.file("nostore/e.txt");
        files.file("nostore/e.txt");
        List<String> log = nginx.log(path, 2);
        assertTrue(log.stream().allMatch(l -> l.contains(" 200 6 inm= ims= ")), log.toString());
    }

    @Test
    @DisplayName("a malformed ETag is never a validator: the date is used instead, If-Modified-Since (RFC 9110 §8.8.3, §13.1.3)")
    void malformedETagIsNotUsed() throws Exception {
        String path = write("badtag/f.txt", "bad tag");
        Tagged<String> first = files.file("badtag/f.txt");
        assertTrue(first.etag().isEmpty());
        assertTrue(first.lastModified().isPresent());
        files.file("badtag/f.txt");
        String second = nginx.log(path, 2).get(1);
        assertTrue(second.startsWith("GET " + path + " 304 0 inm= ims=" + io.precondition.http.HttpDate.format(
                first.lastModified().get())), second);
    }

    @Test
    @DisplayName("a body over the bound (entry-max-bytes 4096) passes through unstored: the next read is unconditional")
    void bodyOverTheBoundIsNotStored() throws Exception {
        String big = "x".repeat(10_000);
        String path = write("big/g.txt", big);
        assertEquals(big, files.file("big/g.txt").value());
        assertEquals(big, files.file("big/g.txt").value());
        assertTrue(nginx.log(path, 2).stream().allMatch(l -> l.contains(" 200 10000 inm= ")));
    }

    @Test
    @DisplayName("concurrent reads of one file that keeps changing never see a torn entry: each ETag always comes with the same body (RFC 9111 §3)")
    void concurrentReadsNeverTear() throws Exception {
        long seed = 20261207L;
        System.out.println("[NginxClientTest] concurrentReadsNeverTear seed=" + seed);
        Random random = new Random(seed);
        Path file = nginx.docs().resolve("files/h.txt");
        Files.writeString(file, "v0");
        Map<String, String> bodyOfTag = new ConcurrentHashMap<>();
        List<String> torn = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(readers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        Tagged<String> read = files.file("files/h.txt");
                        String known = bodyOfTag.putIfAbsent(read.etag().orElseThrow().toString(), read.value());
                        if (known != null && !known.equals(read.value())) {
                            torn.add(read + " vs " + known);
                        }
                    }
                    return null;
                }));
            }
            for (int version = 1; version <= 20; version++) {
                // A new size each time, and a new second, so that every version has its own tag.
                Files.writeString(file, "v" + version + "-".repeat(random.nextInt(50) + version * 60));
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(version * 10L)));
                Thread.sleep(10);
            }
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(List.of(), torn);
        assertTrue(bodyOfTag.size() >= 1);
    }

    @Test
    @DisplayName("a 200 whose body the method cannot decode fails the call and is never stored: the next read is unconditional, not a 304 onto a bad body")
    void undecodableBodyIsNotStored() throws Exception {
        String path = write("json/bad.txt", "{\"slug\": \"x\", \"title\": ");
        assertThrows(RuntimeException.class, () -> files.page("json/bad.txt"));
        assertThrows(RuntimeException.class, () -> files.page("json/bad.txt"));
        List<String> log = nginx.log(path, 2);
        assertTrue(log.stream().allMatch(l -> l.contains(" 200 ") && l.contains("inm= ims= ")), log.toString());
        write("json/bad.txt", "{\"slug\": \"x\", \"title\": \"t\", \"body\": \"b\"}");
        assertEquals(new WikiPage("x", "t", "b"), files.page("json/bad.txt"));
    }
}
