package io.precondition.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.client.ConflictRetry;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The concurrency proof of the client half: 16 concurrent clients, 8 on each of two wiki instances that share one
 * PostgreSQL database, each adding 50 increments to one counter page through {@link ConflictRetry} (read with
 * revalidation, +1, write with the read's If-Match, re-read on 412). The final count must be exactly 800: no
 * increment lost, none applied twice. Half the clients use the blocking API, half the reactive one. PostgreSQL run
 * only (two instances on one in-memory H2 would prove less).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class ClientCounterTest extends WikiTestBase {

    private static final int CLIENTS = 16;
    private static final int INCREMENTS = 50;

    private final List<ApplicationContext> clientContexts = new ArrayList<>();

    @Inject
    EmbeddedServer first;

    @AfterAll
    void closeClients() {
        clientContexts.forEach(ApplicationContext::close);
    }

    private ApplicationContext clientOf(int port) {
        ApplicationContext context = ApplicationContext.run(Map.of("counter.url", "http://127.0.0.1:" + port,
                "precondition.client.retry-max-attempts", "400",
                "precondition.client.retry-initial-backoff", "2ms",
                "precondition.client.retry-max-backoff", "100ms",
                "datasources.default.enabled", "false", "flyway.enabled", "false"));
        clientContexts.add(context);
        return context;
    }

    @Test
    @DisplayName("16 clients x 50 increments through ConflictRetry on two instances, one PostgreSQL: exactly 800 (RFC 9110 §13.1.1, §13.2.1)")
    void sixteenClientsLoseNoIncrement() throws Exception {
        EmbeddedServer second = startInstance(sharedDatabaseProperties());
        String slug = slug("counter");
        Reply created = wiki.create(slug, "Counter", "0");
        assertEquals(201, created.status(), created.toString());
        List<ApplicationContext> contexts = List.of(clientOf(first.getPort()), clientOf(second.getPort()));

        AtomicInteger applied = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                ApplicationContext context = contexts.get(c % 2);
                boolean reactive = c % 4 >= 2;
                clients.add(pool.submit(() -> {
                    CounterPages pages = context.getBean(CounterPages.class);
                    ConflictRetry retry = context.getBean(ConflictRetry.class);
                    for (int i = 0; i < INCREMENTS; i++) {
                        if (reactive) {
                            retry.updateReactive(() -> pages.readReactive(slug), page -> increment(page, applied),
                                    changed -> pages.writeReactive(slug, changed)).block(Duration.ofSeconds(120));
                        } else {
                            retry.update(() -> pages.read(slug), page -> increment(page, applied),
                                    changed -> pages.write(slug, changed));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Reply last = wiki.current(slug);
        int retries = applied.get() - CLIENTS * INCREMENTS;
        System.out.printf("[ClientCounterTest] final count %s, %d increments applied, %d retries after 412, %d ms%n",
                last.jsonObject().get("body"), applied.get(), retries, millis);
        assertEquals(String.valueOf(CLIENTS * INCREMENTS), last.jsonObject().get("body"));
        assertTrue(retries >= 0);
    }

    private static WikiPage increment(WikiPage page, AtomicInteger applied) {
        applied.incrementAndGet();
        return new WikiPage(page.slug(), page.title(), Integer.toString(Integer.parseInt(page.body()) + 1));
    }
}
