package io.precondition.security;

import io.micronaut.core.order.Ordered;
import io.precondition.micronaut.engine.PreconditionFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.filters.SecurityFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real micronaut-security (HTTP Basic, {@code @Secured} roles) in front of the generated filter, with the
 * default {@code precondition.filter-order}. RFC 9110 §13.2.1: a server evaluates preconditions only for a request
 * that would otherwise succeed, so 401 (§15.5.2) and 403 (§15.5.4) come before 304, 412 and 428 (RFC 6585 §3), and
 * a refused request never reaches the lookup: no database work and no hint of the resource's state for a client
 * that may not see it.
 */
class SecurityAnswersFirstTest {

    private static final String STALE = "\"stale\"";

    private static EmbeddedServer server;
    private static DocumentClient client;
    private static DocumentStore store;

    @BeforeAll
    static void start() {
        server = SecuredApp.start(Map.of());
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
    void preconditionsFilterIsOrderedAfterTheSecurityFilter() {
        int security = server.getApplicationContext().getBean(SecurityFilter.class).getOrder();
        assertEquals(ServerFilterPhase.SECURITY.order(), security);
        // One filter for every annotated controller (DocumentController and EventLoopDocumentController here).
        Ordered filter = server.getApplicationContext().getBean(PreconditionFilter.class);
        assertEquals(ServerFilterPhase.SECURITY.after(), filter.getOrder());
        assertTrue(filter.getOrder() > security, "a higher order runs later");
    }

    @Test
    void anonymousConditionalGetIs401Not304() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");
        // The tag is current: with credentials the same request is a 304 (§13.1.2).
        assertEquals(304, client.get(Account.WRITER, id, "If-None-Match", tag).statusCode());

        Counted anonymous = Counted.during(store, () -> client.get(null, id, "If-None-Match", tag));
        assertEquals(401, anonymous.status());
        assertEquals(0, anonymous.lookups(), "no lookup for an unauthenticated request");
        assertEquals(0, anonymous.handlerRuns());
        assertFalse(anonymous.hasETag(), "a 401 must not tell the current tag");

        Counted wrongPassword = Counted.during(store,
                () -> client.get(Account.WRONG_PASSWORD, id, "If-None-Match", tag));
        assertEquals(401, wrongPassword.status());
        assertEquals(0, wrongPassword.lookups());
        assertFalse(wrongPassword.hasETag());
    }

    @Test
    void anonymousStaleIfMatchIs401Not412() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");

        Counted put = Counted.during(store, () -> client.put(null, id, "two", "If-Match", STALE));
        assertEquals(401, put.status());
        assertEquals(0, put.lookups());
        assertEquals(0, put.handlerRuns());
        assertFalse(put.hasETag());

        Counted delete = Counted.during(store, () -> client.delete(null, id, "If-Match", STALE));
        assertEquals(401, delete.status());
        assertEquals(0, delete.lookups());
        assertEquals(0, delete.handlerRuns());

        // With credentials the same requests fail their precondition (§13.1.1): the 401s above came first.
        assertEquals(412, client.put(Account.WRITER, id, "two", "If-Match", STALE).statusCode());
        assertEquals(412, client.delete(Account.WRITER, id, "If-Match", STALE).statusCode());
        assertEquals(tag, client.get(Account.WRITER, id).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void anonymousUnguardedWriteIs401Not428() {
        String id = DocumentClient.newId();
        client.create(id, "one");

        Counted put = Counted.during(store, () -> client.put(null, id, "two"));
        assertEquals(401, put.status());
        assertEquals(0, put.lookups());
        assertEquals(0, put.handlerRuns());

        Counted delete = Counted.during(store, () -> client.delete(null, id));
        assertEquals(401, delete.status());
        assertEquals(0, delete.lookups());

        // RFC 6585 §3 applies once the request is authorized.
        assertEquals(428, client.put(Account.WRITER, id, "two").statusCode());
        assertEquals(428, client.delete(Account.WRITER, id).statusCode());
    }

    @Test
    void anonymousRequestForAnAbsentDocumentIs401Not404() {
        // Otherwise a 404 against a 401 would tell an anonymous client which documents exist.
        String absent = DocumentClient.newId();
        Counted get = Counted.during(store, () -> client.get(null, absent, "If-None-Match", STALE));
        assertEquals(401, get.status());
        assertEquals(0, get.lookups());
        Counted delete = Counted.during(store, () -> client.delete(null, absent, "If-Match", STALE));
        assertEquals(401, delete.status());
        assertEquals(0, delete.lookups());
        assertEquals(404, client.delete(Account.WRITER, absent, "If-Match", STALE).statusCode());
    }

    @Test
    void readerWritingIs403Not412Nor428() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");

        Counted stale = Counted.during(store, () -> client.put(Account.READER, id, "two", "If-Match", STALE));
        assertEquals(403, stale.status());
        assertEquals(0, stale.lookups(), "no lookup for a request the user may not make");
        assertEquals(0, stale.handlerRuns());
        assertFalse(stale.hasETag());

        Counted unguarded = Counted.during(store, () -> client.put(Account.READER, id, "two"));
        assertEquals(403, unguarded.status());
        assertEquals(0, unguarded.lookups());

        Counted delete = Counted.during(store, () -> client.delete(Account.READER, id, "If-Match", STALE));
        assertEquals(403, delete.status());
        assertEquals(0, delete.lookups());

        // Even with the current tag the reader may not write; the document is untouched.
        assertEquals(403, client.put(Account.READER, id, "two", "If-Match", tag).statusCode());
        assertEquals(403, client.delete(Account.READER, id, "If-Match", tag).statusCode());
        HttpResponse<String> read = client.get(Account.WRITER, id);
        assertEquals(tag, read.headers().firstValue("ETag").orElseThrow());
        assertTrue(read.body().contains("\"text\":\"one\""), read.body());
    }

    @Test
    void readerGetsValidatorsAnd304() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");
        HttpResponse<String> read = client.get(Account.READER, id);
        assertEquals(200, read.statusCode());
        assertEquals(tag, read.headers().firstValue("ETag").orElseThrow());

        Counted revalidated = Counted.during(store, () -> client.get(Account.READER, id, "If-None-Match", tag));
        assertEquals(304, revalidated.status());
        assertEquals(tag, revalidated.response().headers().firstValue("ETag").orElseThrow());
        assertEquals(1, revalidated.lookups());
        assertEquals(0, revalidated.handlerRuns(), "a 304 decided by the lookup never runs the handler");
    }

    @Test
    void eventLoopControllerAnswersAfterSecurityToo() {
        String id = DocumentClient.newId();
        String tag = client.create(id, "one");
        DocumentClient eventLoop = client.at(EventLoopDocumentController.PATH);
        // Same document, same tag: with credentials, a 304 and a 412 (§13.1.2, §13.1.1).
        assertEquals(304, eventLoop.get(Account.READER, id, "If-None-Match", tag).statusCode());
        assertEquals(412, eventLoop.put(Account.WRITER, id, "two", "If-Match", STALE).statusCode());

        Counted get = Counted.during(store, () -> eventLoop.get(null, id, "If-None-Match", tag));
        assertEquals(401, get.status());
        assertEquals(0, get.lookups());
        assertFalse(get.hasETag());
        Counted put = Counted.during(store, () -> eventLoop.put(null, id, "two", "If-Match", STALE));
        assertEquals(401, put.status());
        assertEquals(0, put.lookups());
        Counted reader = Counted.during(store, () -> eventLoop.put(Account.READER, id, "two", "If-Match", STALE));
        assertEquals(403, reader.status());
        assertEquals(0, reader.lookups());
    }

    @Test
    void writerRoundTripIsAsWithoutSecurity() {
        String id = DocumentClient.newId();

        // Create only if absent (§13.1.2 with *), then a second create fails its precondition.
        HttpResponse<String> created = client.put(Account.WRITER, id, "one", "If-None-Match", "*");
        assertEquals(201, created.statusCode());
        String first = created.headers().firstValue("ETag").orElseThrow();
        assertEquals(412, client.put(Account.WRITER, id, "again", "If-None-Match", "*").statusCode());

        HttpResponse<String> read = client.get(Account.WRITER, id);
        assertEquals(200, read.statusCode());
        assertEquals(first, read.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, client.get(Account.WRITER, id, "If-None-Match", first).statusCode());

        // RFC 6585 §3: no guard, 428; §13.1.1: a stale guard, 412. Neither runs the handler.
        Counted unguarded = Counted.during(store, () -> client.put(Account.WRITER, id, "two"));
        assertEquals(428, unguarded.status());
        assertEquals(0, unguarded.handlerRuns());
        Counted stale = Counted.during(store, () -> client.put(Account.WRITER, id, "two", "If-Match", STALE));
        assertEquals(412, stale.status());
        assertEquals(0, stale.handlerRuns());

        HttpResponse<String> replaced = client.put(Account.WRITER, id, "two", "If-Match", first);
        assertEquals(200, replaced.statusCode());
        String second = replaced.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(first, second);
        assertEquals(200, client.get(Account.WRITER, id, "If-None-Match", first).statusCode());
        assertEquals(412, client.put(Account.WRITER, id, "lost", "If-Match", first).statusCode());

        assertEquals(412, client.delete(Account.WRITER, id, "If-Match", first).statusCode());
        assertEquals(204, client.delete(Account.WRITER, id, "If-Match", second).statusCode());
        assertEquals(404, client.get(Account.WRITER, id).statusCode());
    }
}
