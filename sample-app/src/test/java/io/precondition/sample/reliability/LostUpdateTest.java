package io.precondition.sample.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiAssertions;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue "reliability" items 1 and 2: no lost update across instances. {@link Sizes#instances()} app instances
 * (this class's embedded server plus others, each with its own connection pool) on one database, and
 * {@link Sizes#clients()} clients spread over them. Meaningful across instances on PostgreSQL (surefire execution
 * {@code postgres}); on H2 the instances share one named in-memory database in this JVM.
 */
@MicronautTest(transactional = false)
class LostUpdateTest extends WikiTestBase {
    private final List<WikiClient> instances = new ArrayList<>();

    /** Runs after WikiTestBase's {@code connect()}: this class's instance first, then the others. */
    @BeforeEach
    void startInstances() {
        if (instances.isEmpty()) {
            instances.add(wiki);
            for (int i = 1; i < Sizes.instances(); i++) {
                EmbeddedServer other = startInstance(sharedDatabaseProperties());
                instances.add(new WikiClient(other.getPort()));
            }
        }
    }

    @Test
    @DisplayName("GET, PUT counter+1 with If-Match, retry on 412: final counter == successful PUTs, no 5xx (rule 5)")
    void putLoopLosesNoUpdate() {
        runCounter("lost-update PUT", CounterLoad.Mode.PUT);
    }

    @Test
    @DisplayName("GET, PATCH counter+1 with If-Match, retry on 412: final counter == successful PATCHes, no 5xx (rule 5)")
    void patchLoopLosesNoUpdate() {
        runCounter("lost-update PATCH", CounterLoad.Mode.PATCH);
    }

    @Test
    @DisplayName("PUTs mixed with DELETE + re-create cycles: final counter == successful writes, stale tags never match a new page (rules 5, 6)")
    void deleteRecreateLoopLosesNoUpdate() {
        runCounter("lost-update DELETE/re-create", CounterLoad.Mode.DELETE_RECREATE);
    }

    private void runCounter(String scenario, CounterLoad.Mode mode) {
        String slug = slug("counter");
        CounterLoad load = new CounterLoad(slug, instances, mode, Sizes.clients(), Sizes.attempts(),
                Sizes.maxDuration());
        load.createPage();
        load.run();
        long finalCounter = load.finalCounter();
        StoredPage stored = StoredPage.read(sharedDatabaseProperties(), slug);
        Report report = new Report(scenario, instances.size(), Sizes.clients())
                .count(load.events(), load.duration(), false)
                .lostUpdates(load.lostUpdates(finalCounter))
                .changedOnFailure(load.unexplainedWrites(finalCounter))
                .note("final counter " + finalCounter);
        String line = report.publish();
        assertEquals(List.of(), load.problems(5), "malformed responses: " + line);
        assertEquals(0, report.serverErrors(), "no 5xx: " + line);
        assertEquals(0, load.unknownOutcome(), "every write got an answer: " + line);
        assertEquals(load.successes(), finalCounter, "final counter == successful writes: " + line);
        assertEquals(0, load.duplicates(), "no two successful writes claimed one counter value: " + line);
        assertTrue(load.successes() > 0, "some write must succeed: " + line);
        assertTrue(stored.whole() && stored.counter() == finalCounter, "stored row " + stored + ": " + line);
        if (mode != CounterLoad.Mode.DELETE_RECREATE) {
            assertEquals(finalCounter, stored.version(), "one version step per successful write: " + line);
        }
    }

    @Test
    @DisplayName("concurrent creates of one slug (If-None-Match: *) over all instances, round after round: exactly one 201 per round (rule 5)")
    void concurrentCreatesOfOneSlugOneWins() throws Exception {
        String slug = slug("create-race");
        int clients = Sizes.clients();
        int rounds = Math.max(1, Sizes.attempts() / clients);
        long deadline = System.nanoTime() + Sizes.maxDuration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        long wins = 0;
        long losses = 0;
        long roundsRun = 0;
        long changed = 0;
        try {
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                roundsRun++;
                CyclicBarrier gate = new CyclicBarrier(clients);
                List<Future<Reply>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    int r = round;
                    futures.add(pool.submit(() -> {
                        gate.await(30, TimeUnit.SECONDS);
                        WikiClient at = instances.get(client % instances.size());
                        long t0 = System.nanoTime();
                        Reply reply = at.put(slug, Json.page(slug, "round " + r + " client " + client, "x"),
                                "If-None-Match", "*");
                        events.add(new Event("PUT", true, reply.status(), client % instances.size(), t0,
                                System.nanoTime(), null));
                        return reply;
                    }));
                }
                Reply winner = null;
                int winnerIndex = -1;
                for (int c = 0; c < clients; c++) {
                    Reply reply = futures.get(c).get(60, TimeUnit.SECONDS);
                    if (reply.status() == 201) {
                        wins++;
                        if (winner != null) {
                            problems.add("round " + round + ": two 201" + winner + reply);
                        }
                        winner = reply;
                        winnerIndex = c;
                    } else if (reply.status() == 412) {
                        losses++;
                        WikiAssertions.assertProblem(412, reply);
                    } else {
                        problems.add("round " + round + ": status " + reply.status() + reply);
                    }
                }
                if (winner == null) {
                    problems.add("round " + round + ": no 201");
                    break;
                }
                Reply now = wiki.current(slug);
                if (!now.etag().equals(winner.etag())
                        || !("round " + round + " client " + winnerIndex).equals(now.jsonObject().get("title"))) {
                    changed++;
                    problems.add("round " + round + ": stored page is not the winner's" + now);
                }
                WikiAssertions.assertStatus(204, wiki.delete(slug, "If-Match", winner.etag()));
            }
        } finally {
            pool.shutdownNow();
        }
        Report report = new Report("concurrent creates of one slug", instances.size(), clients)
                .count(events, Duration.ofNanos(System.nanoTime() - start), false)
                .changedOnFailure(changed)
                .lostUpdates(Math.max(0, wins - roundsRun))
                .note(roundsRun + " rounds, " + wins + " created");
        String line = report.publish();
        assertEquals(List.of(), problems, line);
        assertEquals(roundsRun, wins, "exactly one 201 per round: " + line);
        assertEquals(roundsRun * (clients - 1), losses, "all others 412: " + line);
        assertEquals(0, report.serverErrors(), line);
    }
}
