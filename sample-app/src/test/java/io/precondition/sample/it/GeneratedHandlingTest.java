package io.precondition.sample.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.precondition.micronaut.MicrometerOutcomeCounter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated handling on a controller other than the wiki's: a POJO with a String + long tag and a UTC
 * {@code LocalDateTime}, a nullable lookup, {@code HttpResponse<T>}, a handler without lookup, a {@code List<T>}
 * and {@code requireGuard = false}, over real HTTP on a random port.
 */
@MicronautTest
@Property(name = "it.items", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:generated-handling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class GeneratedHandlingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ItemController controller;
    @Inject
    MeterRegistry registry;

    @Test
    void notModifiedDecidedByTheLookupNeverRunsTheHandler() {
        String id = newId();
        String etag = put(id, "one", null).headers().firstValue("ETag").orElseThrow();
        int handlerCalls = controller.handlerCalls.get();

        // RFC 9110 §13.1.2: If-None-Match matching the current tag on GET -> 304, here decided before the handler.
        HttpResponse<String> notModified = get("/it/items/" + id, "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals(etag, notModified.headers().firstValue("ETag").orElse(null));
        assertEquals("", notModified.body());
        assertEquals(handlerCalls, controller.handlerCalls.get(), "the handler ran for a 304");

        // RFC 9110 §13.1.1: If-Match that does not match -> 412, also decided before the handler.
        HttpResponse<String> failed = get("/it/items/" + id, "If-Match", "\"other\"");
        assertEquals(412, failed.statusCode());
        assertEquals(handlerCalls, controller.handlerCalls.get(), "the handler ran for a 412");

        HttpResponse<String> ok = get("/it/items/" + id, "If-None-Match", "\"other\"");
        assertEquals(200, ok.statusCode());
        assertEquals(handlerCalls + 1, controller.handlerCalls.get());
    }

    @Test
    void singleStrongIfMatchSkipsTheLookupAndTheGuardedWriteDecides() {
        String id = newId();
        String etag = put(id, "one", null).headers().firstValue("ETag").orElseThrow();
        String path = "/it/items/" + id + "/renamed";
        int lookups = controller.lookupCalls.get();

        // RFC 9110 §13.1.1: the one strong tag names the state the write may change; no lookup needed to pass it.
        HttpResponse<String> renamed = client().putTo(path, "two", "If-Match", etag);
        assertEquals(200, renamed.statusCode(), renamed.body());
        String next = renamed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, next);
        assertEquals(lookups, controller.lookupCalls.get(), "a single strong If-Match needs no lookup");

        // The stale tag: the handler's guarded write changes nothing, and the answer is 412 all the same.
        assertEquals(412, client().putTo(path, "lost", "If-Match", etag).statusCode());
        assertEquals(lookups, controller.lookupCalls.get());
        // The tag of another item names no state of this one (its id is part of the tag): 412.
        String otherId = newId();
        String other = put(otherId, "other", null).headers().firstValue("ETag").orElseThrow();
        lookups = controller.lookupCalls.get();
        assertEquals(412, client().putTo(path, "through other", "If-Match", other).statusCode());
        assertEquals(200, get("/it/items/" + id, "If-None-Match", "\"x\"").statusCode());
        assertTrue(client().get("/it/items/" + id).body().contains("two"), "the item kept the name of its last passed write");
        assertEquals(lookups + 1, controller.lookupCalls.get(), "only the GET above called the lookup");

        // Everything else is decided by the lookup, as before (RFC 9110 §13.2.2).
        for (String[] headers : new String[][] {
                {"If-Match", "*"},
                {"If-Match", next + ", \"other\""},
                {"If-Match", "W/" + next},
                {"If-Match", "\"not.a-tag-of-ours\""},
                {"If-Match", next, "If-None-Match", "\"other\""}}) {
            int before = controller.lookupCalls.get();
            client().putTo(path, "lookup", headers);
            assertEquals(before + 1, controller.lookupCalls.get(), String.join(" ", headers));
        }
    }

    @Test
    void answersAreCountedPerHandlerAndStatus() {
        String id = newId();
        String etag = put(id, "one", null).headers().firstValue("ETag").orElseThrow();
        double notModified = count("ItemController.get", "304");
        double failed = count("ItemController.put", "412");
        assertEquals(304, get("/it/items/" + id, "If-None-Match", etag).statusCode());
        assertEquals(304, get("/it/items/" + id, "If-None-Match", etag).statusCode());
        assertEquals(412, put(id, "two", "\"stale\"").statusCode());
        assertEquals(notModified + 2, count("ItemController.get", "304"));
        assertEquals(failed + 1, count("ItemController.put", "412"));
    }

    private double count(String handler, String status) {
        Counter counter = registry.find(MicrometerOutcomeCounter.METER).tag("handler", handler).tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void unconditionalGetSkipsTheLookup() {
        String id = newId();
        put(id, "one", null);
        int lookups = controller.lookupCalls.get();
        HttpResponse<String> ok = get("/it/items/" + id, null, null);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("ETag").isPresent());
        assertEquals(lookups, controller.lookupCalls.get(), "a GET without conditional headers needs no lookup");
    }

    @Test
    void withoutLookupTheReturnedValueDecides() {
        String id = newId();
        HttpResponse<String> created = put(id, "one", null);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String lastModified = created.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> ok = get("/it/items/" + id + "/direct", null, null);
        assertEquals(etag, ok.headers().firstValue("ETag").orElse(null));
        // @LastModified LocalDateTime read in UTC: the header is the same instant, at whole seconds.
        ZonedDateTime sent = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(0, sent.getNano());

        // RFC 9110 §13.1.3: If-Modified-Since equal to Last-Modified -> 304 (the handler ran; its body is not sent).
        HttpResponse<String> notModified = get("/it/items/" + id + "/direct", "If-Modified-Since", lastModified);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
    }

    @Test
    void requireGuardFalseLetsUnguardedWritesThrough() {
        String id = newId();
        // RFC 6585 §3 is a policy: with requireGuard = false a PUT without preconditions is not 428.
        HttpResponse<String> first = put(id, "one", null);
        assertEquals(200, first.statusCode());
        HttpResponse<String> second = put(id, "two", null);
        assertEquals(200, second.statusCode());
        assertNotEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        // A stale If-Match still fails (RFC 9110 §13.1.1).
        HttpResponse<String> stale = put(id, "three", first.headers().firstValue("ETag").orElseThrow());
        assertEquals(412, stale.statusCode());
    }

    @Test
    void listGetsAWeakTagThatChangesWithItsElements() {
        put(newId(), "one", null);
        HttpResponse<String> before = get("/it/items", null, null);
        String tag = before.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.startsWith("W/\""), tag);
        // RFC 9110 §13.1.2: If-None-Match uses weak comparison, so the weak tag revalidates to 304.
        assertEquals(304, get("/it/items", "If-None-Match", tag).statusCode());
        put(newId(), "two", null);
        HttpResponse<String> after = get("/it/items", null, null);
        assertNotEquals(tag, after.headers().firstValue("ETag").orElse(null));
        assertNotNull(after.body());
    }

    private static String newId() {
        return ItemClient.newId();
    }

    private HttpResponse<String> get(String path, String header, String value) {
        return header == null ? client().get(path) : client().get(path, header, value);
    }

    private HttpResponse<String> put(String id, String name, String ifMatch) {
        return ifMatch == null ? client().put(id, name) : client().put(id, name, "If-Match", ifMatch);
    }

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }
}
