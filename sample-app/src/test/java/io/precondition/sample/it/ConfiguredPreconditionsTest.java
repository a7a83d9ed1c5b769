package io.precondition.sample.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code precondition.*} settings, each on its own server with {@link ItemController}. */
class ConfiguredPreconditionsTest {

    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ItemClient start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("it.items", "true");
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.driver-class-name", "org.h2.Driver");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.url", "jdbc:h2:mem:configured-" + ItemClient.newId()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        return new ItemClient(server.getPort());
    }

    @Test
    void hashedTagsHideThePartsAndStillCompare() {
        ItemClient items = start(Map.of("precondition.etag-format", "hashed"));
        String id = ItemClient.newId();
        String tag = items.put(id, "one").headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        assertFalse(tag.contains(id), tag);
        // RFC 9110 §13.1.2 / §13.1.1 hold with the digest as they do with the plain tag.
        assertEquals(304, items.get("/it/items/" + id, "If-None-Match", tag).statusCode());
        assertEquals(304, items.get("/it/items/" + id + "/direct", "If-None-Match", tag).statusCode());
        HttpResponse<String> replaced = items.put(id, "two", "If-Match", tag);
        assertEquals(200, replaced.statusCode());
        assertEquals(412, items.put(id, "three", "If-Match", tag).statusCode());
    }

    @Test
    void requireGuardFalseSwitchesOff428ForEveryHandler() {
        ItemClient items = start(Map.of("precondition.require-guard", "false"));
        // The sample's PUT requires a guard by its annotation; the setting overrides it (RFC 6585 §3 is a policy).
        HttpResponse<String> created = items.put(ItemClient.newId(), "one");
        assertEquals(200, created.statusCode());
    }

    @Test
    void maxTagsRefusesLongerListsWith431BeforeTheLookup() {
        ItemClient items = start(Map.of("precondition.max-tags", "2"));
        String id = ItemClient.newId();
        String tag = items.put(id, "one").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, items.get("/it/items/" + id, "If-None-Match", "\"a\", " + tag).statusCode());
        ItemController controller = server.getApplicationContext().getBean(ItemController.class);
        int lookups = controller.lookupCalls.get();
        // Three tags are over the limit: not evaluated, refused as such (RFC 6585 §5), never read as malformed,
        // which would make If-None-Match match nothing (a 200 instead of 304) and If-Match fail (412).
        HttpResponse<String> read = items.get("/it/items/" + id, "If-None-Match", "\"a\", \"b\", " + tag);
        assertEquals(431, read.statusCode());
        assertTrue(read.body().contains("If-None-Match") && read.body().contains("precondition.max-tags"), read.body());
        HttpResponse<String> write = items.put(id, "two", "If-Match", "\"a\", \"b\", " + tag);
        assertEquals(431, write.statusCode());
        assertTrue(write.body().contains("If-Match") && write.body().contains("2 entity tags"), write.body());
        assertEquals(lookups, controller.lookupCalls.get(), "no lookup for a request refused with 431");
        assertEquals(200, items.put(id, "two", "If-Match", "\"a\", " + tag).statusCode(), "within the limit");
    }

    @Test
    void maxListLengthRefusesLongerFieldsWith431() {
        ItemClient items = start(Map.of("precondition.max-list-length", "80"));
        String id = ItemClient.newId();
        String tag = items.put(id, "one").headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.length() < 80, tag);
        String longField = "\"" + "x".repeat(80) + "\", " + tag;
        HttpResponse<String> read = items.get("/it/items/" + id, "If-None-Match", longField);
        assertEquals(431, read.statusCode(), "RFC 6585 §5");
        assertTrue(read.body().contains("precondition.max-list-length"), read.body());
        assertEquals(431, items.put(id, "two", "If-Match", longField).statusCode());
        assertEquals(304, items.get("/it/items/" + id, "If-None-Match", tag).statusCode(), "within the limit");
    }

    @Test
    void codedTagsOffMakesAGzipSuffixPartOfTheTag() {
        ItemClient items = start(Map.of("precondition.coded-etags", "false"));
        String id = ItemClient.newId();
        String tag = items.put(id, "one").headers().firstValue("ETag").orElseThrow();
        String coded = tag.substring(0, tag.length() - 1) + "+gzip\"";
        // No "+gzip" tag is ever sent then, so one in a request names no representation of ours (RFC 9110 §8.8.3):
        // If-None-Match does not match (200) and If-Match fails (412, RFC 9110 §13.1.1).
        assertEquals(200, items.get("/it/items/" + id, "If-None-Match", coded).statusCode());
        assertEquals(412, items.put(id, "two", "If-Match", coded).statusCode());
        assertEquals(200, items.put(id, "two", "If-Match", tag).statusCode());
    }

    @Test
    void disabledSendsNoValidators() {
        ItemClient items = start(Map.of("precondition.enabled", "false"));
        String id = ItemClient.newId();
        assertEquals(200, items.seed(id, "one").statusCode());
        HttpResponse<String> read = items.get("/it/items/" + id + "/direct");
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("ETag").isEmpty());
        assertTrue(read.headers().firstValue("Cache-Control").isEmpty());
        // A write handler that takes CheckedState cannot run without the library: refused, never unguarded.
        assertEquals(400, items.put(id, "two").statusCode());
    }
}
