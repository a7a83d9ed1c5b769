package io.precondition.security;

import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The control for {@link SecurityAnswersFirstTest}: the same app with {@code precondition.filter-order} below
 * {@link ServerFilterPhase#SECURITY}. The answers change, so it is that property, not some other mechanism, that
 * puts 401/403 first by default. This order is wrong for a secured app (RFC 9110 §13.2.1): an anonymous client
 * learns whether a document exists and whether a tag is current, and every such request costs a lookup. The README
 * says not to lower the property below {@code ServerFilterPhase.SECURITY.order()}.
 */
class FilterOrderBeforeSecurityTest {

    private static EmbeddedServer server;
    private static DocumentClient client;
    private static DocumentStore store;

    @BeforeAll
    static void start() {
        server = SecuredApp.start(Map.of("precondition.filter-order", ServerFilterPhase.SECURITY.before()));
        client = new DocumentClient(server.getPort());
        store = server.getApplicationContext().getBean(DocumentStore.class);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void preconditionsThenAnswerBeforeAuthentication() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");

        Counted stale = Counted.during(store, () -> client.put(null, id, "two", "If-Match", "\"stale\""));
        assertEquals(412, stale.status(), "a precondition filter ordered before security answers first");
        assertEquals(1, stale.lookups());

        Counted revalidated = Counted.during(store, () -> client.get(null, id, "If-None-Match", tag));
        assertEquals(304, revalidated.status());
        assertEquals(tag, revalidated.response().headers().firstValue("ETag").orElseThrow(),
                "an anonymous client is told the current tag");

        assertEquals(428, client.put(null, id, "two").statusCode());
        assertEquals(428, client.put(Account.READER, id, "two").statusCode(), "428 for a reader, not 403");
    }

    @Test
    void securityStillRefusesWhatPassesThePreconditions() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");
        // Preconditions pass (or do not apply), then the security filter answers: the lookup has run in vain.
        Counted guarded = Counted.during(store, () -> client.put(null, id, "two", "If-Match", tag));
        assertEquals(401, guarded.status());
        assertEquals(1, guarded.lookups());
        assertEquals(0, guarded.handlerRuns());
        assertEquals(401, client.get(null, id).statusCode());
        assertEquals(403, client.put(Account.READER, id, "two", "If-Match", tag).statusCode());
    }
}
