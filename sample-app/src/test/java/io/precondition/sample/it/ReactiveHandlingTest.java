package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mono and CompletableFuture handlers and lookups get the same semantics as blocking ones, over real HTTP. */
@MicronautTest
@Property(name = "it.items", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:reactive-handling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class ReactiveHandlingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    NoteController controller;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    private HttpResponse<String> put(String id, String text, String... headers) {
        return client().putTo("/it/notes/" + id, text, headers);
    }

    @Test
    void monoHandlerWithMonoLookup() {
        String id = ItemClient.newId();
        // RFC 6585 §3: a create needs If-None-Match: *.
        assertEquals(428, put(id, "one").statusCode());
        HttpResponse<String> created = put(id, "one", "If-None-Match", "*");
        assertEquals(200, created.statusCode());
        String tag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> ok = client().get("/it/notes/" + id);
        assertEquals(200, ok.statusCode());
        assertEquals(tag, ok.headers().firstValue("ETag").orElse(null));
        assertTrue(ok.body().contains("\"one\""), ok.body());

        int calls = controller.handlerCalls.get();
        // RFC 9110 §13.1.2: 304 decided by the Mono lookup, without running the handler.
        HttpResponse<String> notModified = client().get("/it/notes/" + id, "If-None-Match", tag);
        assertEquals(304, notModified.statusCode());
        assertEquals(calls, controller.handlerCalls.get());

        // RFC 9110 §13.1.1: stale If-Match -> 412; current -> the write.
        assertEquals(412, put(id, "two", "If-Match", "\"stale\"").statusCode());
        HttpResponse<String> replaced = put(id, "two", "If-Match", tag);
        assertEquals(200, replaced.statusCode());
        assertEquals(404, client().get("/it/notes/missing-" + id, "If-None-Match", tag).statusCode());
    }

    @Test
    void completableFutureHandlerWithCompletionStageLookup() {
        String id = ItemClient.newId();
        String tag = put(id, "one", "If-None-Match", "*").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> ok = client().get("/it/notes/" + id + "/later");
        assertEquals(200, ok.statusCode());
        assertEquals(tag, ok.headers().firstValue("ETag").orElse(null));
        assertEquals(304, client().get("/it/notes/" + id + "/later", "If-None-Match", tag).statusCode());
        assertEquals(412, client().get("/it/notes/" + id + "/later", "If-Match", "\"stale\"").statusCode());
        // The lookup completes later, on another thread, and lets the request through: the handler answers.
        HttpResponse<String> passed = client().get("/it/notes/" + id + "/later", "If-None-Match", "\"other\"");
        assertEquals(200, passed.statusCode(), passed.headers().toString());
        assertEquals(tag, passed.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void lookupThatCompletesLaterStillRunsTheHandler() {
        // The lookup's stage completes 20 ms after the filter returned it. When the preconditions pass, the handler
        // must run (RFC 9110 §13.2.2: a failed If-None-Match means "perform the method"), and the answer is its 200,
        // not an empty 503 (which a stage completed later with null gave).
        String id = ItemClient.newId();
        String tag = put(id, "one", "If-None-Match", "*").headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> ok = client().get("/it/notes/" + id + "/slow", "If-None-Match", "\"other\"");
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(tag, ok.headers().firstValue("ETag").orElse(null));
            HttpResponse<String> passed = client().get("/it/notes/" + id + "/slow", "If-Match", tag);
            assertEquals(200, passed.statusCode(), passed.body());
        }
        assertEquals(304, client().get("/it/notes/" + id + "/slow", "If-None-Match", tag).statusCode());
    }
}
