package com.example;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precondition in an application made like Micronaut Launch makes it, from the installed artifacts only: a real
 * server on a random port of 127.0.0.1, Micronaut Data JDBC on H2, the JDK's HTTP client.
 */
@MicronautTest(transactional = false)
class NoteHttpTest {

    static final int WRITERS = 8;
    static final int ROUNDS = 3;

    @Inject
    EmbeddedServer server;

    NoteClient client;

    @BeforeEach
    void client() {
        client = new NoteClient(server.getURI());
    }

    @Test
    void getAnswersWithStrongETagAndLastModified() {
        String note = client.create("first");
        HttpResponse<String> got = client.get(note);
        assertEquals(200, got.statusCode(), got.body());
        String etag = got.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "ETag on a @Versioned 200 (RFC 9110 §8.8.3)");
        assertTrue(etag.matches("\"[^\"]+\""), "a strong entity tag: " + etag);
        assertTrue(got.headers().firstValue("Last-Modified").isPresent(), "Last-Modified (RFC 9110 §8.8.2)");
        assertTrue(got.body().contains("\"title\":\"first\""), got.body());
    }

    @Test
    void matchingIfNoneMatchAnswers304WithTheSameETag() {
        String note = client.create("cached");
        String etag = etag(client.get(note));
        HttpResponse<String> again = client.get(note, "If-None-Match", etag);
        // RFC 9110 §13.1.2: a matching If-None-Match on GET answers 304, which carries the ETag (§15.4.5).
        assertEquals(304, again.statusCode());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals("", again.body());
    }

    @Test
    void putWithTheCurrentETagReplacesAndAnswersTheNewETag() {
        String note = client.create("before");
        String etag = etag(client.get(note));
        HttpResponse<String> put = client.put(note, "after", "If-Match", etag);
        assertEquals(200, put.statusCode(), put.body());
        String next = etag(put);
        assertNotEquals(etag, next, "a write changes the ETag");
        HttpResponse<String> now = client.get(note);
        assertEquals(next, etag(now), "the PUT's ETag is the stored state's");
        assertTrue(now.body().contains("\"title\":\"after\""), now.body());
    }

    @Test
    void putWithAStaleETagAnswers412AndChangesNothing() {
        String note = client.create("stale");
        String old = etag(client.get(note));
        assertEquals(200, client.put(note, "newer", "If-Match", old).statusCode());
        HttpResponse<String> stale = client.put(note, "lost update", "If-Match", old);
        // RFC 9110 §13.1.1: If-Match that matches no current representation: 412.
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(client.get(note).body().contains("\"title\":\"newer\""));
    }

    @Test
    void unguardedPutAnswers428AndChangesNothing() {
        String note = client.create("guarded");
        HttpResponse<String> unguarded = client.put(note, "blind write");
        // RFC 6585 §3: the server requires the request to be conditional.
        assertEquals(428, unguarded.statusCode(), unguarded.body());
        assertTrue(client.get(note).body().contains("\"title\":\"guarded\""));
    }

    @Test
    void concurrentWritersWithOneETagExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String note = client.create("race " + round);
                String etag = etag(client.get(note));
                List<HttpResponse<String>> replies = race(pool, n -> client.put(note, "writer " + n, "If-Match", etag));
                int winner = -1;
                for (int i = 0; i < replies.size(); i++) {
                    int status = replies.get(i).statusCode();
                    if (status == 200) {
                        assertEquals(-1, winner, "two writers won with one ETag (RFC 9110 §13.1.1)");
                        winner = i;
                    } else {
                        assertEquals(412, status, "a loser gets 412: " + replies.get(i).body());
                    }
                }
                assertTrue(winner >= 0, "no writer won");
                HttpResponse<String> now = client.get(note);
                assertTrue(now.body().contains("\"title\":\"writer " + winner + "\""), now.body());
                assertEquals(etag(replies.get(winner)), etag(now), "the stored state is the winner's");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@link #WRITERS} requests released at once; bounded by timeouts. */
    private static List<HttpResponse<String>> race(ExecutorService pool,
                                                   java.util.function.IntFunction<HttpResponse<String>> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                if (!start.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("start gate never opened");
                }
                return request.apply(n);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> replies = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            replies.add(future.get(60, TimeUnit.SECONDS));
        }
        return replies;
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("no ETag: " + response.statusCode() + " " + response.body()));
    }
}
