package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 5: the check and the write are one atomic step; concurrent writers holding one ETag, one wins. */
@MicronautTest(transactional = false)
class ConcurrentWritesTest extends WikiTestBase {
    static final int THREADS = 8;
    static final int ROUNDS = 3;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
    }

    /** Runs {@code THREADS} requests released at once by a start gate; returns their replies in order. */
    static List<Reply> race(ExecutorService pool, IntFunction<Reply> request) {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                if (!start.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("start gate never opened");
                }
                return request.apply(n);
            }));
        }
        try {
            assertTrue(ready.await(30, TimeUnit.SECONDS), "threads did not get ready");
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } catch (Exception e) {
            futures.forEach(f -> f.cancel(true));
            throw new AssertionError("concurrent requests did not finish: " + e, e);
        }
    }

    static String statuses(List<Reply> replies) {
        return replies.stream().map(r -> String.valueOf(r.status())).collect(Collectors.joining(",", "[", "]"));
    }

    /** Exactly one reply has the winning status and all others one of the losing statuses; returns the index. */
    static int onlyWinner(List<Reply> replies, int winning, Set<Integer> losing) {
        int winner = -1;
        for (int i = 0; i < replies.size(); i++) {
            int status = replies.get(i).status();
            if (status == winning) {
                if (winner >= 0) {
                    fail("two writers won with the same precondition: " + statuses(replies)
                            + replies.get(winner) + replies.get(i));
                }
                winner = i;
            } else if (!losing.contains(status)) {
                fail("unexpected status " + status + " among " + statuses(replies) + replies.get(i));
            }
        }
        assertTrue(winner >= 0, "no writer won: " + statuses(replies) + replies.get(0));
        return winner;
    }

    @Test
    @DisplayName("concurrent PUTs with the same If-Match: exactly one 200, the rest 412, stored page is the winner's (RFC 9110 §13.1.1, rule 5)")
    void concurrentPutsWithSameETagOneWins() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-put");
            String etag = create(slug).etag();
            List<Reply> replies = race(pool, n -> wiki.put(slug, Json.page(slug, "writer " + n, "body " + n),
                    "If-Match", etag));
            int winner = onlyWinner(replies, 200, Set.of(412));
            Reply now = wiki.current(slug);
            assertEquals(replies.get(winner).etag(), now.etag(), "stored ETag is the winner's" + now);
            assertEquals(Map.of("slug", slug, "title", "writer " + winner, "body", "body " + winner),
                    Map.of("slug", now.jsonObject().get("slug"), "title", now.jsonObject().get("title"),
                            "body", now.jsonObject().get("body")), "stored page is the winner's" + now);
        }
    }

    @Test
    @DisplayName("concurrent PATCHes with the same If-Match: exactly one 200, the rest 412 (RFC 7396, rule 5)")
    void concurrentPatchesWithSameETagOneWins() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-patch");
            String etag = create(slug).etag();
            List<Reply> replies = race(pool, n -> wiki.patch(slug, WikiClient.MERGE_PATCH,
                    Json.object("title", "patcher " + n), "If-Match", etag));
            int winner = onlyWinner(replies, 200, Set.of(412));
            Reply now = wiki.current(slug);
            assertEquals(replies.get(winner).etag(), now.etag(), "stored ETag is the winner's" + now);
            assertEquals("patcher " + winner, now.jsonObject().get("title"), "stored title is the winner's" + now);
        }
    }

    @Test
    @DisplayName("concurrent creates of one slug with If-None-Match: *: exactly one 201, the rest 412 (RFC 9110 §13.1.2, rule 5)")
    void concurrentCreatesOneWins() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-create");
            List<Reply> replies = race(pool, n -> wiki.put(slug, Json.page(slug, "creator " + n, "b"),
                    "If-None-Match", "*"));
            int winner = onlyWinner(replies, 201, Set.of(412));
            Reply now = wiki.current(slug);
            assertEquals(replies.get(winner).etag(), now.etag());
            assertEquals("creator " + winner, now.jsonObject().get("title"));
        }
    }

    @Test
    @DisplayName("concurrent DELETEs with the same If-Match: one 204, the others 412 or 404 (rule 5)")
    void concurrentDeletesWithSameETagOneWins() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-delete");
            String etag = create(slug).etag();
            List<Reply> replies = race(pool, n -> wiki.delete(slug, "If-Match", etag));
            onlyWinner(replies, 204, Set.of(412, 404));
            assertAbsent(wiki, slug);
        }
    }

    @Test
    @DisplayName("concurrent PUTs and DELETEs with the same If-Match: exactly one succeeds (rule 5)")
    void concurrentPutsAndDeletesWithSameETagOneWins() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-mixed");
            String etag = create(slug).etag();
            List<Reply> replies = race(pool, n -> n % 2 == 0
                    ? wiki.put(slug, Json.page(slug, "writer " + n, "b"), "If-Match", etag)
                    : wiki.delete(slug, "If-Match", etag));
            long won = replies.stream().filter(r -> r.status() == 200 || r.status() == 204).count();
            assertEquals(1, won, "exactly one write may win: " + statuses(replies));
            assertTrue(replies.stream().allMatch(r -> Set.of(200, 204, 404, 412).contains(r.status())),
                    "statuses " + statuses(replies));
            boolean deleted = replies.stream().anyMatch(r -> r.status() == 204);
            if (deleted) {
                assertAbsent(wiki, slug);
            } else {
                Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
                assertEquals(winner.etag(), wiki.current(slug).etag());
            }
        }
    }

    @Test
    @DisplayName("concurrent PUTs guarded by If-Unmodified-Since never interleave: the stored page is one writer's whole write (rule 5)")
    void concurrentPutsWithIfUnmodifiedSinceStayConsistent() {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = slug("race-ius");
            String lastModified = create(slug).lastModified();
            List<Reply> replies = race(pool, n -> wiki.put(slug, Json.page(slug, "writer " + n, "body " + n),
                    "If-Unmodified-Since", lastModified));
            assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 412),
                    "only 200 or 412: " + statuses(replies));
            assertTrue(replies.stream().anyMatch(r -> r.status() == 200), "someone must win: " + statuses(replies));
            Reply now = wiki.current(slug);
            String title = (String) now.jsonObject().get("title");
            int n = Integer.parseInt(title.substring("writer ".length()));
            assertEquals("body " + n, now.jsonObject().get("body"), "title and body from one write" + now);
            assertEquals(200, replies.get(n).status(), "stored page comes from a 200" + now);
            assertEquals(replies.get(n).etag(), now.etag(), "stored ETag is that writer's" + now);
            long distinct = replies.stream().filter(r -> r.status() == 200).map(Reply::etag).distinct().count();
            assertEquals(replies.stream().filter(r -> r.status() == 200).count(), distinct,
                    "every successful write has its own ETag");
        }
    }
}
