package example.jpa;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precondition in a user's app on micronaut-data-hibernate-jpa, over HTTP against the real server: a JPA entity's
 * {@code @Version} is the ETag and its {@code @UpdateTimestamp} the Last-Modified, and Hibernate's optimistic-lock
 * failures of a checked write answer 412 (RFC 9110 §13.1.1), never a 500.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteHttpTest {

    static final int WRITERS = 8;
    static final int ROUNDS = 3;
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

    @Inject
    EmbeddedServer server;

    @Inject
    RacingNoteService racing;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    private Http http;

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
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
    void getSendsTheVersionAsETagAndTheUpdateTimestampAsLastModified() {
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

    /** Another writer wins between the lookup and this write's merge: Hibernate's merge finds a newer version. */
    @Test
    void aWriteGoneStaleBeforeItsMergeIsPreconditionFailed() {
        assertStaleAfterTheCheck(racing.beforeMerge);
    }

    /** Another writer commits after this write's merge: the flush's UPDATE ... WHERE version = ? changes no row. */
    @Test
    void aWriteGoneStaleBeforeItsCommitIsPreconditionFailed() {
        assertStaleAfterTheCheck(racing.beforeCommit);
    }

    private void assertStaleAfterTheCheck(java.util.concurrent.atomic.AtomicReference<Runnable> racePoint) {
        String note = create("start");
        String etag = etagOf(note);
        List<Integer> concurrent = new ArrayList<>();
        racePoint.set(() -> concurrent.add(CompletableFuture
                .supplyAsync(() -> put(note, "concurrent", "If-Match", etag).statusCode(), pool).join()));
        HttpResponse<String> response = put(note, "mine", "If-Match", etag);
        assertEquals(List.of(200), concurrent, "the concurrent writer ran and won");
        assertEquals(412, response.statusCode(), "RFC 9110 §13.1.1: " + response.body());
        assertFalse(response.body().contains("Row was updated") || response.body().contains("org.hibernate")
                || response.body().contains("jakarta.persistence"), "no exception message leaks: " + response.body());
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
