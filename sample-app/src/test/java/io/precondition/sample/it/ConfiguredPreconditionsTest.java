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
    void maxTagsMakesLongerListsMalformed() {
        ItemClient items = start(Map.of("precondition.max-tags", "2"));
        String id = ItemClient.newId();
        String tag = items.put(id, "one").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, items.get("/it/items/" + id, "If-None-Match", "\"a\", " + tag).statusCode());
        // Three tags: malformed, so If-None-Match matches nothing (RFC 9110 §13.1.2) and the GET is a 200.
        assertEquals(200, items.get("/it/items/" + id, "If-None-Match", "\"a\", \"b\", " + tag).statusCode());
        // An If-Match beyond the limit never matches: 412, never a write (RFC 9110 §13.1.1).
        assertEquals(412, items.put(id, "two", "If-Match", "\"a\", \"b\", " + tag).statusCode());
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
