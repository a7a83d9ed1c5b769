package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertWriteVisible;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Several instances may run at once against one database": a second app instance on the same database
 * (the same PostgreSQL database, or the same named in-memory H2 database in this JVM).
 */
@MicronautTest(transactional = false)
class MultiInstanceTest extends WikiTestBase {
    private final ExecutorService pool = Executors.newFixedThreadPool(ConcurrentWritesTest.THREADS);
    private WikiClient other;

    @BeforeAll
    void startSecondInstance() {
        EmbeddedServer server = startInstance(sharedDatabaseProperties());
        other = new WikiClient(server.getPort());
    }

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("both instances give the same ETag and Last-Modified for the same stored page, and honour each other's")
    void instancesAgreeOnValidators() {
        String slug = slug("two");
        create(slug);
        Reply a = wiki.current(slug);
        Reply b = other.current(slug);
        assertEquals(a.etag(), b.etag(), "ETag across instances" + b);
        assertEquals(a.lastModified(), b.lastModified(), "Last-Modified across instances" + b);
        assertNotModified(other.getPage(slug, "If-None-Match", a.etag()), b);
        Reply written = other.put(slug, Json.page(slug, "from b", "x"), "If-Match", a.etag());
        assertStatus(200, written);
        assertWriteVisible(wiki, slug, written);
        assertProblem(412, wiki.put(slug, Json.page(slug, "stale on a", "x"), "If-Match", a.etag()));
        assertEquals(wiki.get("/pages").etag(), other.get("/pages").etag(), "collection ETag across instances");
    }

    @Test
    @DisplayName("concurrent PUTs with one ETag spread over two instances: exactly one 200 (rule 5)")
    void concurrentWritesAcrossInstancesOneWins() {
        for (int round = 0; round < ConcurrentWritesTest.ROUNDS; round++) {
            String slug = slug("two-race");
            String etag = create(slug).etag();
            List<Reply> replies = ConcurrentWritesTest.race(pool, n -> (n % 2 == 0 ? wiki : other)
                    .put(slug, Json.page(slug, "writer " + n, "b"), "If-Match", etag));
            int winner = ConcurrentWritesTest.onlyWinner(replies, 200, Set.of(412));
            assertEquals(replies.get(winner).etag(), other.current(slug).etag());
            assertEquals("writer " + winner, wiki.current(slug).jsonObject().get("title"));
        }
    }

    @Test
    @DisplayName("concurrent creates of one slug over two instances: one 201, the rest 412 (rule 5)")
    void concurrentCreatesAcrossInstancesOneWins() {
        String slug = slug("two-create");
        List<Reply> replies = ConcurrentWritesTest.race(pool, n -> (n % 2 == 0 ? wiki : other)
                .put(slug, Json.page(slug, "creator " + n, "b"), "If-None-Match", "*"));
        ConcurrentWritesTest.onlyWinner(replies, 201, Set.of(412));
    }
}
