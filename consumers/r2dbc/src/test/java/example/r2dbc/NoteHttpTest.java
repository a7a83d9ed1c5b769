package example.r2dbc;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precondition in a user's app on micronaut-data-r2dbc and PostgreSQL (127.0.0.1:5432, user postgres), over HTTP
 * against the real server, in a database of its own. The guarded write is one {@code UPDATE ... WHERE version = ?}:
 * concurrent writers with one ETag get exactly one 200 (RFC 9110 §13.1.1).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteHttpTest implements TestPropertyProvider {

    static final int WRITERS = 8;
    static final int ROUNDS = 3;
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

    private final String database = "precondition_r2dbc_" + UUID.randomUUID().toString().replace("-", "");
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    private Http http;

    @Inject
    EmbeddedServer server;

    @Inject
    RacingNoteService racing;

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for this test: " + sql, e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        System.out.println("NoteHttpTest database: " + database);
        admin("CREATE DATABASE " + database);
        return Map.of("r2dbc.datasources.default.url", "r2dbc:postgresql://127.0.0.1:5432/" + database);
    }

    @AfterAll
    void dropDatabase() {
        pool.shutdownNow();
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private Http http() {
        if (http == null) {
            http = new Http(URI.create(server.getURL() + "/"));
        }
        return http;
    }

    private String create(String text) {
        HttpResponse<String> created = http().send("POST", "notes", Http.text(text));
        assertEquals(201, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^/", "");
    }

    private HttpResponse<String> get(String path, String... headers) {
        return http().send("GET", path, null, headers);
    }

    private String etagOf(String path) {
        HttpResponse<String> current = get(path);
        assertEquals(200, current.statusCode(), current.body());
        return current.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> put(String path, String text, String... headers) {
        return http().send("PUT", path, Http.text(text), headers);
    }

    @Test
    void getSendsTheVersionAsETagAndTheUpdateDateAsLastModified() {
        String note = create("first");
        HttpResponse<String> response = get(note);
        assertEquals(200, response.statusCode());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[^\"]+\""), "a strong entity tag (RFC 9110 §8.8.3): " + etag);
        String lastModified = response.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(IMF_FIXDATE.matcher(lastModified).matches(), "an IMF-fixdate (RFC 9110 §5.6.7): " + lastModified);
        assertTrue(response.body().contains("\"text\":\"first\""), response.body());
    }

    @Test
    void aMatchingIfNoneMatchIsNotModified() {
        String note = create("cached");
        String etag = etagOf(note);
        HttpResponse<String> response = get(note, "If-None-Match", etag);
        assertEquals(304, response.statusCode(), "RFC 9110 §13.1.2");
        assertEquals(etag, response.headers().firstValue("ETag").orElse(null), "RFC 9110 §15.4.5: the 304 has the ETag");
        assertEquals("", response.body());
    }

    @Test
    void aPutWithTheCurrentETagWritesAndSendsTheNewOne() {
        String note = create("before");
        String etag = etagOf(note);
        HttpResponse<String> response = put(note, "after", "If-Match", etag);
        assertEquals(200, response.statusCode(), response.body());
        String newTag = response.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newTag, "the write made a new version");
        assertEquals(newTag, etagOf(note), "the 200's ETag is the stored state's");
    }

    @Test
    void aPutWithAStaleETagIsPreconditionFailed() {
        String note = create("v0");
        String stale = etagOf(note);
        assertEquals(200, put(note, "v1", "If-Match", stale).statusCode());
        HttpResponse<String> response = put(note, "lost", "If-Match", stale);
        assertEquals(412, response.statusCode(), "RFC 9110 §13.1.1: " + response.body());
        assertTrue(get(note).body().contains("\"text\":\"v1\""), "the stale write changed nothing");
    }

    @Test
    void anUnguardedPutIsPreconditionRequired() {
        String note = create("guarded");
        HttpResponse<String> response = put(note, "blind");
        assertEquals(428, response.statusCode(), "RFC 6585 §3: " + response.body());
        assertTrue(get(note).body().contains("\"text\":\"guarded\""));
    }

    /** Another writer wins between the lookup and this write's UPDATE, which then changes no row. */
    @Test
    void aWriteGoneStaleAfterTheCheckIsPreconditionFailed() {
        String note = create("start");
        String etag = etagOf(note);
        List<Integer> concurrent = new ArrayList<>();
        racing.beforeUpdate.set(() -> concurrent.add(CompletableFuture
                .supplyAsync(() -> put(note, "concurrent", "If-Match", etag).statusCode(), pool).join()));
        HttpResponse<String> response = put(note, "mine", "If-Match", etag);
        assertEquals(List.of(200), concurrent, "the concurrent writer ran and won");
        assertEquals(412, response.statusCode(), "RFC 9110 §13.1.1: " + response.body());
        assertTrue(get(note).body().contains("\"text\":\"concurrent\""), "the stored note is the winner's");
    }

    @Test
    void concurrentWritersWithOneETagOneWinsTheRestArePreconditionFailed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String note = create("race");
            String etag = etagOf(note);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int n = 0; n < WRITERS; n++) {
                String text = "writer " + n;
                futures.add(pool.submit(() -> {
                    assertTrue(start.await(30, TimeUnit.SECONDS), "start gate");
                    return put(note, text, "If-Match", etag);
                }));
            }
            start.countDown();
            int winner = -1;
            List<Integer> statuses = new ArrayList<>();
            for (int n = 0; n < WRITERS; n++) {
                int status = futures.get(n).get(60, TimeUnit.SECONDS).statusCode();
                statuses.add(status);
                if (status == 200) {
                    winner = n;
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one 200: " + statuses);
            assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), "the rest 412: " + statuses);
            assertTrue(get(note).body().contains("\"text\":\"writer " + winner + "\""), "the stored note is the winner's");
        }
    }
}
