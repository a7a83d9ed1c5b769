package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional writes through Micronaut Data JDBC's Reactor and async repositories ({@code Mono} and
 * {@code CompletableFuture} handlers, on the event loop) and a {@code Flux} read of the repository's stream, on this
 * run's database (H2, or PostgreSQL in the surefire execution "postgres"), with real concurrent HTTP clients.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "it.tickets", value = "true")
@Property(name = "flyway.datasources.default.locations", value = "classpath:db/migration,classpath:db/it")
class ReactiveRepositoryTest implements TestPropertyProvider {

    private static final int ROUNDS = 8;

    @Inject
    EmbeddedServer server;
    @Inject
    TicketController controller;

    private TestDatabase database;

    @Override
    public Map<String, String> getProperties() {
        if (database == null) {
            database = TestDatabase.createFresh();
        }
        return database.stringProperties();
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static long version(HttpResponse<String> response) {
        return ((BigDecimal) ((Map<String, Object>) Json.parse(response.body())).get("version")).longValueExact();
    }

    /**
     * Two clients at a time, each holding the same ETag, PUT with {@code If-Match}: in every round exactly one
     * write wins (200) and the other gets 412, and the version moves by exactly one per round. Each handler waits at a
     * {@link WriterRendezvous} before its UPDATE until both writers have passed their lookup, so both read the same
     * version and the database's version check decides, on a fast machine or a slow one.
     */
    @ParameterizedTest(name = "PUT /it/tickets/'{id}'{0}")
    @ValueSource(strings = {"", "/later"})
    void concurrentWritersHoldingOneETagExactlyOneWinsPerVersion(String route) throws Exception {
        String id = ItemClient.newId();
        String path = "/it/tickets/" + id + route;
        // RFC 6585 §3: no guard -> 428; If-None-Match: * on an absent ticket creates it.
        assertEquals(428, client().putTo(path, "v0").statusCode());
        HttpResponse<String> created = client().putTo(path, "v0", "If-None-Match", "*");
        assertEquals(route.isEmpty() ? 201 : 200, created.statusCode(), created.body());
        assertEquals(0, version(created));
        // A second create: the ticket exists now (RFC 9110 §13.1.2: If-None-Match: * fails on a write).
        assertEquals(412, client().putTo(path, "again", "If-None-Match", "*").statusCode());

        int refusedBefore = controller.refusedByDatabase.get();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            String tag = etag(created);
            for (int round = 1; round <= ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                controller.rendezvous = new WriterRendezvous(2, Duration.ofSeconds(30));
                String held = tag;
                List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String title = "round " + round + " writer " + writer;
                    attempts.add(clients.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return client().putTo(path, title, "If-Match", held);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                HttpResponse<String> winner = null;
                for (Future<HttpResponse<String>> attempt : attempts) {
                    HttpResponse<String> response = attempt.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 200) {
                        winner = response;
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(200, 412), statuses, "round " + round);
                assertEquals(round, version(winner), "round " + round);
                assertNotEquals(held, etag(winner));
                tag = etag(winner);
            }
        } finally {
            controller.rendezvous = null;
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
        }
        // Every loser had passed its lookup: the UPDATE ... WHERE version = ? refused it.
        assertEquals(ROUNDS, controller.refusedByDatabase.get() - refusedBefore);

        HttpResponse<String> current = client().get("/it/tickets/" + id);
        assertEquals(200, current.statusCode());
        assertEquals(ROUNDS, version(current));
        // RFC 9110 §13.1.2: the Mono lookup answers 304 for the current tag.
        assertEquals(304, client().get("/it/tickets/" + id, "If-None-Match", etag(current)).statusCode());
    }

    @Test
    void fluxOfTheRepositoryIsOneRepresentationWithAWeakTag() {
        String id = ItemClient.newId();
        assertEquals(201, client().putTo("/it/tickets/" + id, "listed", "If-None-Match", "*").statusCode());
        HttpResponse<String> all = client().get("/it/tickets");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().startsWith("[") && all.body().contains("\"" + id + "\""), all.body());
        String tag = etag(all);
        assertTrue(tag != null && tag.startsWith("W/\""), "weak ETag expected: " + tag);
        // RFC 9110 §13.1.2: 304, no body.
        HttpResponse<String> notModified = client().get("/it/tickets", "If-None-Match", tag);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());

        String ticketTag = etag(client().get("/it/tickets/" + id));
        assertEquals(200, client().putTo("/it/tickets/" + id, "changed", "If-Match", ticketTag).statusCode());
        HttpResponse<String> changed = client().get("/it/tickets", "If-None-Match", tag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(tag, etag(changed));
    }
}
