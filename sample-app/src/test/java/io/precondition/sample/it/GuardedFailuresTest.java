package io.precondition.sample.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.precondition.sample.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which database failures Precondition answers itself: a checked write that lost to a concurrent one (an
 * optimistic-lock failure, or a duplicate key on a checked create) is 412 (RFC 9110 §13.1.1, §13.1.2); a constraint
 * that the request's content breaks keeps Micronaut's answer, and so does every failure of an unannotated route, of
 * every route when the library is off, and of every route where the application answers the exception itself. On
 * this run's database (H2, or PostgreSQL in the surefire execution "postgres"), one server per case.
 */
class GuardedFailuresTest {

    private static final String GOOD = "{\"owner\":\"alice\",\"size\":1,\"title\":\"%s\"}";

    private EmbeddedServer server;
    private TestDatabase database;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private ItemClient start(Map<String, Object> settings) {
        database = TestDatabase.createFresh();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.putAll(settings);
        properties.put("it.slots", "true");
        properties.put("micronaut.server.port", -1);
        properties.put("flyway.datasources.default.locations", "classpath:db/migration,classpath:db/it");
        String[] environments = java.util.stream.Stream.concat(java.util.stream.Stream.of("test"),
                java.util.Arrays.stream(TestDatabase.environments())).toArray(String[]::new);
        server = ApplicationContext.run(EmbeddedServer.class, properties, environments);
        return new ItemClient(server.getPort());
    }

    private SlotController controller() {
        return server.getApplicationContext().getBean(SlotController.class);
    }

    private static HttpResponse<String> put(ItemClient client, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return client.putJson(path, json, all);
    }

    @Test
    void integrityViolationsOfTheContentKeepMicronautsAnswer() {
        ItemClient client = start(Map.of());
        // Foreign key (23503), CHECK (23514 on PostgreSQL, 23513 on H2), NOT NULL (23502): the content is at fault,
        // and no request with it can succeed, so it is not a precondition failure (RFC 9110 §15.5.13).
        for (String bad : new String[] {"{\"owner\":\"nobody\",\"size\":1,\"title\":\"a\"}",
                "{\"owner\":\"alice\",\"size\":-1,\"title\":\"b\"}", "{\"owner\":\"alice\",\"size\":1}"}) {
            HttpResponse<String> refused = put(client, "/it/slots/s1", bad, "If-None-Match", "*");
            assertEquals(500, refused.statusCode(), bad + " -> " + refused.body());
            assertEquals(404, client.get("/it/slots/s1").statusCode(), "nothing was written");
        }
        assertEquals(2, put(client, "/it/slots/s1", GOOD.formatted("a"), "If-None-Match", "*").statusCode() / 100);
    }

    @Test
    void duplicateKeyOnACheckedCreateIs412() {
        ItemClient client = start(Map.of());
        // A concurrent create wins between this request's check (absent: If-None-Match: * passes) and its insert.
        controller().beforeWrite = id -> server.getApplicationContext().getBean(SlotRepository.class)
                .save(new Slot(id, null, "alice", 1, "first"));
        HttpResponse<String> lost = put(client, "/it/slots/s2", GOOD.formatted("second"), "If-None-Match", "*");
        assertEquals(412, lost.statusCode(), lost.body());
        assertTrue(client.get("/it/slots/s2").body().contains("first"), "the winner's row stands");
    }

    @Test
    void uniqueViolationOfAReplaceIsNot412() {
        ItemClient client = start(Map.of());
        put(client, "/it/slots/a", GOOD.formatted("taken"), "If-None-Match", "*");
        String etag = put(client, "/it/slots/b", GOOD.formatted("free"), "If-None-Match", "*")
                .headers().firstValue("ETag").orElseThrow();
        // The title is taken by another row: the content's fault; the If-Match held and still holds.
        HttpResponse<String> refused = put(client, "/it/slots/b", GOOD.formatted("taken"), "If-Match", etag);
        assertEquals(500, refused.statusCode(), refused.body());
        assertEquals(200, put(client, "/it/slots/b", GOOD.formatted("other"), "If-Match", etag).statusCode());
    }

    @Test
    void optimisticLockFailureOfACheckedWriteIs412() {
        ItemClient client = start(Map.of());
        String etag = put(client, "/it/slots/c", GOOD.formatted("one"), "If-None-Match", "*")
                .headers().firstValue("ETag").orElseThrow();
        controller().beforeWrite = id -> {
            SlotRepository slots = server.getApplicationContext().getBean(SlotRepository.class);
            Slot current = slots.findById(id).orElseThrow();
            slots.update(new Slot(id, current.version(), "alice", 2, "concurrent"));
        };
        HttpResponse<String> lost = put(client, "/it/slots/c", GOOD.formatted("two"), "If-Match", etag);
        assertEquals(412, lost.statusCode(), lost.body());
    }

    @Test
    void unannotatedRouteKeepsMicronautsAnswer() {
        ItemClient client = start(Map.of());
        put(client, "/it/slots/d", GOOD.formatted("one"), "If-None-Match", "*");
        // An OptimisticLockException outside a checked write is no precondition of this library's: Micronaut's 500.
        assertEquals(500, put(client, "/it/slots/d/blind", GOOD.formatted("two")).statusCode());
    }

    @Test
    void disabledLibraryKeepsMicronautsAnswer() {
        ItemClient client = start(Map.of("precondition.enabled", "false"));
        controller().beforeWrite = id -> { };
        server.getApplicationContext().getBean(SlotRepository.class).save(new Slot("e", null, "alice", 1, "one"));
        assertEquals(500, put(client, "/it/slots/e/blind", GOOD.formatted("two")).statusCode());
    }

    @Test
    void applicationsOwnHandlerWins() {
        ItemClient client = start(Map.of("it.app-handlers", "true"));
        String etag = put(client, "/it/slots/f", GOOD.formatted("one"), "If-None-Match", "*")
                .headers().firstValue("ETag").orElseThrow();
        controller().beforeWrite = id -> {
            SlotRepository slots = server.getApplicationContext().getBean(SlotRepository.class);
            slots.update(new Slot(id, slots.findById(id).orElseThrow().version(), "alice", 2, "concurrent"));
        };
        HttpResponse<String> guarded = put(client, "/it/slots/f", GOOD.formatted("two"), "If-Match", etag);
        assertEquals(AppOptimisticLockHandler.STATUS, guarded.statusCode(), guarded.body());
        assertEquals("the application's own answer", guarded.body());
        HttpResponse<String> blind = put(client, "/it/slots/f/blind", GOOD.formatted("three"));
        assertEquals(AppOptimisticLockHandler.STATUS, blind.statusCode(), blind.body());
    }
}
