package io.precondition.sample.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.WikiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue "reliability" item 4, database outage: every app instance reaches PostgreSQL through a {@link TcpProxy};
 * during a PUT load the proxy is cut (all connections closed, new ones refused) for {@link Sizes#outage()}, then
 * restored. The machine's PostgreSQL server is never stopped. PostgreSQL only (surefire execution {@code postgres}).
 *
 * <p>The instances' pools: Hikari {@code connection-timeout} {@value #CONNECTION_TIMEOUT_MS} ms, so a request that
 * cannot get a connection fails after about that long; the test's bound for any request is
 * {@value #LATENCY_BOUND_MS} ms (the timeout plus scheduling slack on a busy 2-core machine).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "precondition.test.database", matches = "postgres")
class DatabaseOutageTest extends WikiTestBase {
    static final int CONNECTION_TIMEOUT_MS = 1000;
    static final long LATENCY_BOUND_MS = 5000;
    /** After the restore, requests already waiting on a connection that died may still get 503 for this long. */
    static final long RECOVERY_GRACE_MS = 3000;

    private TcpProxy proxy;
    private final List<WikiClient> instances = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new LinkedHashMap<>(super.getProperties());
        proxied(sharedDatabaseProperties()).forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }

    /** The datasource properties of this class's database, through the proxy, with short pool timeouts. */
    private Map<String, Object> proxied(Map<String, Object> direct) {
        if (proxy == null) {
            proxy = new TcpProxy(5432);
        }
        Map<String, Object> props = new HashMap<>(direct);
        String url = String.valueOf(direct.get("datasources.default.url"));
        props.put("datasources.default.url", url.replace("127.0.0.1:5432/", "127.0.0.1:" + proxy.port() + "/"));
        props.put("datasources.default.connection-timeout", CONNECTION_TIMEOUT_MS);
        props.put("datasources.default.validation-timeout", 500);
        props.put("datasources.default.maximum-pool-size", 8);
        return props;
    }

    @BeforeEach
    void startInstances() {
        if (instances.isEmpty()) {
            instances.add(wiki);
            for (int i = 1; i < Sizes.instances(); i++) {
                EmbeddedServer other = startInstance(proxied(sharedDatabaseProperties()));
                instances.add(new WikiClient(other.getPort()));
            }
        }
    }

    @AfterAll
    void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @DisplayName("PostgreSQL unreachable during a PUT load: quick 503 problem+json, nothing half-written, recovery by itself, no lost update")
    void databaseOutageGives503AndRecovers() throws Exception {
        String slug = slug("outage");
        Duration warm = Duration.ofMillis(1000);
        Duration outage = Sizes.outage();
        Duration after = Duration.ofMillis(RECOVERY_GRACE_MS + 1500);
        CounterLoad load = new CounterLoad(slug, instances, CounterLoad.Mode.PUT, Sizes.clients(), 1_000_000,
                warm.plus(outage).plus(after));
        load.createPage();
        CompletableFuture<CounterLoad> running = CompletableFuture.supplyAsync(load::run);
        TimeUnit.MILLISECONDS.sleep(warm.toMillis());
        long cut = System.nanoTime();
        proxy.cut();
        TimeUnit.MILLISECONDS.sleep(outage.toMillis());
        long restore = System.nanoTime();
        proxy.restore();
        running.get(after.toSeconds() + 120, TimeUnit.SECONDS);

        long finalCounter = load.finalCounter();
        StoredPage stored = StoredPage.read(sharedDatabaseProperties(), slug);
        List<Event> events = new ArrayList<>(load.events());
        long unavailable = events.stream().filter(e -> e.status() == 503).count();
        long maxMillis = events.stream().mapToLong(Event::millis).max().orElse(0);
        long maxOutageMillis = events.stream().filter(e -> e.status() == 503).mapToLong(Event::millis).max().orElse(0);
        long graceEnd = restore + TimeUnit.MILLISECONDS.toNanos(RECOVERY_GRACE_MS);
        List<Event> late503 = events.stream().filter(e -> e.status() == 503 && e.startNanos() > graceEnd).toList();
        List<Event> early503 = events.stream().filter(e -> e.status() == 503 && e.endNanos() < cut).toList();
        long firstSuccessAfter = events.stream().filter(e -> e.write() && e.status() == 200 && e.startNanos() > restore)
                .mapToLong(Event::endNanos).min().orElse(Long.MAX_VALUE);
        long successesAfterGrace = events.stream()
                .filter(e -> e.write() && e.status() == 200 && e.startNanos() > graceEnd).count();
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        events.forEach(e -> statuses.merge(e.status(), 1L, Long::sum));

        Report report = new Report("PostgreSQL outage " + outage.toSeconds() + " s (proxy cut) during PUT load",
                instances.size(), Sizes.clients())
                .count(events, load.duration(), true)
                .lostUpdates(load.lostUpdates(finalCounter))
                .changedOnFailure(load.unexplainedWrites(finalCounter))
                .note("final counter " + finalCounter + ", " + unavailable + " x 503 (max " + maxOutageMillis
                        + " ms), writes of unknown outcome " + load.unknownOutcome() + ", first success "
                        + (firstSuccessAfter == Long.MAX_VALUE ? "never" : (firstSuccessAfter - restore) / 1_000_000
                        + " ms") + " after restore, max latency " + maxMillis + " ms");
        String line = report.publish();

        assertEquals(List.of(), load.problems(5), "every response well-formed (503 as problem+json): " + line);
        assertEquals(0, report.serverErrors(), "no 5xx but 503: " + statuses + " " + line);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 412 || s == 503),
                "only 200, 412 and 503 (no dropped connection): " + statuses + " " + line);
        assertTrue(unavailable > 0, "the outage must be seen as 503: " + line);
        assertTrue(maxMillis <= LATENCY_BOUND_MS, "no request longer than " + LATENCY_BOUND_MS + " ms: " + line);
        assertEquals(List.of(), early503, "no 503 before the outage: " + line);
        assertEquals(List.of(), late503.stream().limit(3).toList(), "no 503 " + RECOVERY_GRACE_MS
                + " ms after the restore: " + line);
        assertTrue(successesAfterGrace > 0, "the app recovers by itself: " + line);
        assertEquals(0, load.duplicates(), "no lost update: " + line);
        assertTrue(finalCounter >= load.successes() && load.unexplainedWrites(finalCounter) == 0,
                "successes <= final counter <= successes + writes of unknown outcome: " + line);
        assertTrue(stored.whole() && stored.counter() == finalCounter && stored.version() == finalCounter,
                "nothing half-written, one version step per write: " + stored + " " + line);
    }
}
