package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Annotated overloads of one name: each request is handled by the overload it is routed to, with that overload's
 * lookup and {@code Cache-Control}, and an unannotated overload beside them is left alone.
 */
@MicronautTest
@Property(name = "it.items", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:overloads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class OverloadedHandlersTest {

    private static final String LATEST = "max-age=60";
    private static final String FIXED = "max-age=31536000, immutable";

    @Inject
    EmbeddedServer server;
    @Inject
    RevisionController controller;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void eachOverloadAnswersWithItsOwnLookupAndCaching() {
        String id = ItemClient.newId();
        controller.add(id, "first");
        HttpResponse<String> latest = client().get("/it/revisions/" + id);
        HttpResponse<String> first = client().get("/it/revisions/" + id + "/0");
        assertEquals(200, latest.statusCode());
        assertEquals(200, first.statusCode());
        assertEquals(LATEST, header(latest, "Cache-Control"));
        assertEquals(FIXED, header(first, "Cache-Control"));
        String latestTag = header(latest, "ETag");
        assertEquals(latestTag, header(first, "ETag"), "revision 0 is the latest: one state, one tag");

        // RFC 9110 §13.1.2, §15.4.5: each overload's lookup answers 304 without its handler, with its Cache-Control.
        int calls = controller.handlerCalls.get();
        HttpResponse<String> latestNotModified = client().get("/it/revisions/" + id, "If-None-Match", latestTag);
        HttpResponse<String> firstNotModified = client().get("/it/revisions/" + id + "/0", "If-None-Match", latestTag);
        assertEquals(304, latestNotModified.statusCode());
        assertEquals(304, firstNotModified.statusCode());
        assertEquals(LATEST, header(latestNotModified, "Cache-Control"));
        assertEquals(FIXED, header(firstNotModified, "Cache-Control"));
        assertEquals(calls, controller.handlerCalls.get(), "the lookups decided both 304s");

        // A new revision: the latest overload's validator changes, revision 0's does not.
        controller.add(id, "second");
        HttpResponse<String> changed = client().get("/it/revisions/" + id, "If-None-Match", latestTag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(latestTag, header(changed, "ETag"));
        assertTrue(changed.body().contains("\"second\""), changed.body());
        assertEquals(304, client().get("/it/revisions/" + id + "/0", "If-None-Match", latestTag).statusCode());
        // RFC 9110 §13.1.1: If-Match on a read is evaluated by the overload routed to.
        assertEquals(412, client().get("/it/revisions/" + id, "If-Match", latestTag).statusCode());
        assertEquals(200, client().get("/it/revisions/" + id + "/0", "If-Match", latestTag).statusCode());
    }

    @Test
    void anUnannotatedOverloadIsLeftAlone() {
        String id = ItemClient.newId();
        controller.add(id, "plain words");
        HttpResponse<String> text = client().get("/it/revisions/" + id + "/0/text");
        assertEquals(200, text.statusCode());
        assertEquals("plain words", text.body());
        assertEquals(null, header(text, "ETag"));
        assertEquals(null, header(text, "Cache-Control"));
    }
}
