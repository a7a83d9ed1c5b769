package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Handlers that return a stream of several values ({@code Flux<T>}, {@code Publisher<T>}, {@code HttpResponse<Flux<T>>})
 * over real HTTP: an entity tag validates the whole representation (RFC 9110 §8.8.3), so the stream is collected and
 * answered like a {@code List<T>}: a weak tag from its elements' tags, 304 without a body.
 */
@MicronautTest
@Property(name = "it.items", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:stream-handling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class StreamHandlingTest {

    private static final String PATH = "/it/note-streams";

    @Inject
    EmbeddedServer server;
    @Inject
    NoteStreamController controller;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    /** The texts of the notes in a JSON array body. */
    @SuppressWarnings("unchecked")
    private static List<Object> texts(HttpResponse<String> response) {
        return ((List<Object>) Json.parse(response.body())).stream()
                .map(note -> ((Map<String, Object>) note).get("text")).toList();
    }

    private void seed(String... texts) {
        for (String text : texts) {
            controller.add(text);
        }
    }

    @Test
    void fluxIsSentWholeWithAWeakTagAnd304NeverRunsItWhenTheLookupDecides() {
        seed("flux-a", "flux-b");
        HttpResponse<String> ok = client().get(PATH);
        assertEquals(200, ok.statusCode());
        String tag = etag(ok);
        // RFC 9110 §8.8.1: a list of representations gets a weak validator.
        assertTrue(tag != null && tag.startsWith("W/\""), "weak ETag expected: " + tag);
        assertTrue(texts(ok).containsAll(List.of("flux-a", "flux-b")), ok.body());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), ok.headers().toString());

        int subscriptions = controller.subscriptions.get();
        // RFC 9110 §13.1.2: If-None-Match weakly matches -> 304 with the same tag and no body, decided by the lookup
        // before the handler: its stream is never subscribed.
        HttpResponse<String> notModified = client().get(PATH, "If-None-Match", tag);
        assertEquals(304, notModified.statusCode());
        assertEquals(tag, etag(notModified));
        assertEquals("", notModified.body());
        assertEquals(subscriptions, controller.subscriptions.get(), "the stream ran for a 304 decided by the lookup");
        // §13.1.1: If-Match never matches a weak tag (strong comparison) -> 412, also before the handler.
        assertEquals(412, client().get(PATH, "If-Match", tag).statusCode());
        assertEquals(subscriptions, controller.subscriptions.get(), "the stream ran for a 412 decided by the lookup");

        seed("flux-c");
        HttpResponse<String> changed = client().get(PATH, "If-None-Match", tag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(tag, etag(changed));
        assertTrue(texts(changed).contains("flux-c"), changed.body());
    }

    @Test
    void collectedStreamIsSentWithALengthNotInChunks() {
        seed("wire-a");
        // On the wire (raw socket): the whole body is known before it is sent.
        for (String method : List.of("GET", "HEAD")) {
            Reply reply = RawHttp.request(server.getPort(), method, PATH + "/published").send();
            assertEquals(200, reply.status(), method);
            assertEquals(null, reply.header("Transfer-Encoding"), method + " " + reply.headers());
            assertTrue(reply.etag().startsWith("W/\""), method + " " + reply.headers());
            if (method.equals("GET")) {
                assertEquals(String.valueOf(reply.body().length), reply.header("Content-Length"), reply.headers().toString());
            }
        }
    }

    @Test
    void publisherWithoutLookupIsCollectedAnd304SendsNoneOfIt() {
        seed("publisher-a");
        HttpResponse<String> ok = client().get(PATH + "/published");
        assertEquals(200, ok.statusCode());
        String tag = etag(ok);
        assertTrue(tag.startsWith("W/\""), tag);
        // The collected list is the JSON array Micronaut streams for an unversioned Flux of the same notes.
        HttpResponse<String> streamed = client().get(PATH + "/streamed");
        assertEquals(Json.parse(streamed.body()), Json.parse(ok.body()));
        assertFalse(streamed.headers().firstValue("ETag").isPresent(), streamed.headers().toString());
        // The same elements give the same tag whatever shape the handler returns them in.
        assertEquals(tag, etag(client().get(PATH)));
        int emitted = controller.emitted.get();

        HttpResponse<String> notModified = client().get(PATH + "/published", "If-None-Match", tag);
        assertEquals(304, notModified.statusCode());
        assertEquals(tag, etag(notModified));
        // Without a lookup the stream has to run to know its tag, but none of it is sent.
        assertEquals("", notModified.body());
        assertTrue(controller.emitted.get() > emitted, "the stream was not collected");
        // HEAD: the header fields GET would send (RFC 9110 §9.3.2), no body.
        HttpResponse<String> head = client().head(PATH + "/published");
        assertEquals(200, head.statusCode());
        assertEquals(tag, etag(head));
        assertEquals("", head.body());
    }

    @Test
    void httpResponseOfFluxKeepsTheHandlersHeadersAndItsNotFound() {
        seed("answered-a");
        HttpResponse<String> ok = client().get(PATH + "/answered");
        assertEquals(200, ok.statusCode());
        assertEquals("NoteStreamController", ok.headers().firstValue("X-Answered-By").orElse(null));
        assertEquals(etag(client().get(PATH)), etag(ok));
        assertTrue(texts(ok).contains("answered-a"), ok.body());
        assertEquals(304, client().get(PATH + "/answered", "If-None-Match", etag(ok)).statusCode());

        HttpResponse<String> missing = client().get(PATH + "/missing", "If-None-Match", "*");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("ETag").isPresent(), missing.headers().toString());
    }

    @Test
    void emptyStreamIsAnEmptyArrayWithATag() {
        HttpResponse<String> ok = client().get(PATH + "/empty");
        assertEquals(200, ok.statusCode());
        assertEquals("[]", ok.body());
        String tag = etag(ok);
        assertTrue(tag != null && tag.startsWith("W/\""), "weak ETag expected: " + tag);
        assertEquals(304, client().get(PATH + "/empty", "If-None-Match", tag).statusCode());
    }

    @Test
    void streamThatFailsGetsTheErrorHandlingNotAHungOrHalfResponse() {
        seed("broken-a");
        int subscriptions = controller.subscriptions.get();
        // ItemClient times out after 30 s: a response that never ends fails here rather than hanging.
        HttpResponse<String> failed = client().get(PATH + "/broken");
        assertEquals(500, failed.statusCode(), failed.body());
        assertFalse(failed.headers().firstValue("ETag").isPresent(), failed.headers().toString());
        assertFalse(failed.body().contains("broken-a"), "part of the stream was sent: " + failed.body());
        assertEquals(subscriptions + 1, controller.subscriptions.get());
        // The server is still fine.
        assertEquals(200, client().get(PATH + "/empty").statusCode());
    }

    @Test
    void singleResultPublisherIsOneValueWithAStrongTag() {
        seed("first-a");
        HttpResponse<String> ok = client().get(PATH + "/first");
        assertEquals(200, ok.statusCode());
        String tag = etag(ok);
        assertTrue(tag != null && tag.startsWith("\""), "strong ETag expected: " + tag);
        assertTrue(ok.body().startsWith("{"), ok.body());
        assertEquals(304, client().get(PATH + "/first", "If-None-Match", tag).statusCode());
    }

    @Test
    void writeAnsweredWithAStreamIsCollectedAndItsConflictIs412() {
        seed("write-a");
        HttpResponse<String> written = client().putTo(PATH, "write-b");
        assertEquals(200, written.statusCode(), written.body());
        assertTrue(texts(written).contains("write-b"), written.body());
        String tag = etag(written);
        assertTrue(tag != null && tag.startsWith("W/\""), "weak ETag expected: " + tag);
        assertEquals(PATH, written.headers().firstValue("Content-Location").orElse(null));
        assertEquals(tag, etag(client().get(PATH)));

        // RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag never passes: 412 before the handler.
        int subscriptions = controller.subscriptions.get();
        assertEquals(412, client().putTo(PATH, "write-c", "If-Match", tag).statusCode());
        assertEquals(subscriptions, controller.subscriptions.get());

        // Another writer changes the list after the preconditions passed: the write's stream fails with
        // OptimisticLockException, which is answered 412 like a refused UPDATE, not a broken 200.
        controller.beforeAppend = () -> controller.add("write-concurrent");
        try {
            HttpResponse<String> lost = client().putTo(PATH, "write-d");
            assertEquals(412, lost.statusCode(), lost.body());
        } finally {
            controller.beforeAppend = () -> { };
        }
        List<Object> texts = texts(client().get(PATH));
        assertTrue(texts.contains("write-concurrent"), texts.toString());
        assertFalse(texts.contains("write-d"), texts.toString());
    }
}
