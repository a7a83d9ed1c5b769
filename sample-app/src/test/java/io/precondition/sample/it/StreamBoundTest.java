package io.precondition.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code precondition.max-stream-elements} (here 3) over real HTTP: a stream body of at most that many elements is
 * collected and validated as in {@link StreamHandlingTest}; a longer one is sent as Micronaut streams it without
 * Precondition, with no validators, every element once and in order, from one subscription of the handler's stream.
 * The tests share one controller whose list only grows, so they run from the shortest list to the longest.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Property(name = "it.items", value = "true")
@Property(name = "precondition.max-stream-elements", value = "3")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:stream-bound;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class StreamBoundTest {

    private static final String PATH = "/it/note-streams";

    @Inject
    EmbeddedServer server;
    @Inject
    NoteStreamController controller;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> texts(String json) {
        return ((List<Object>) Json.parse(json)).stream().map(note -> ((Map<String, Object>) note).get("text")).toList();
    }

    /** Seeds notes until the list holds {@code size}; returns all texts in order. */
    private List<Object> listOf(int size) {
        List<Object> before = texts(client().get(PATH + "/streamed").body());
        for (int i = before.size(); i < size; i++) {
            controller.add("note-" + i);
        }
        List<Object> now = texts(client().get(PATH + "/streamed").body());
        assertEquals(size, now.size(), "setup: the list has more notes than the test wants");
        return now;
    }

    @Test
    @Order(1)
    void streamAtTheBoundIsCollectedAndValidated() {
        List<Object> three = listOf(3);
        Reply reply = RawHttp.request(server.getPort(), "GET", PATH + "/published").send();
        assertEquals(200, reply.status());
        assertTrue(reply.etag() != null && reply.etag().startsWith("W/\""), reply.toString());
        assertEquals(String.valueOf(reply.body().length), reply.header("Content-Length"), reply.toString());
        assertEquals(three, texts(reply.text()));
        // RFC 9110 §13.1.2: the collected list's weak tag still gives 304.
        assertEquals(304, client().get(PATH + "/published", "If-None-Match", reply.etag()).statusCode());
    }

    @Test
    @Order(3)
    void longerStreamIsStreamedWithoutValidatorsAllOfItOnceInOrder() {
        List<Object> five = listOf(5);
        Reply streamed = RawHttp.request(server.getPort(), "GET", PATH + "/streamed").send();
        for (String path : List.of(PATH + "/published", PATH, PATH + "/answered")) {
            int subscriptions = controller.subscriptions.get();
            int emitted = controller.emitted.get();
            Reply reply = RawHttp.request(server.getPort(), "GET", path).send();
            assertEquals(200, reply.status(), path + reply);
            assertNull(reply.etag(), "no tag for a stream that was not collected whole" + reply);
            assertNull(reply.lastModified(), path + reply);
            assertNull(reply.header("Cache-Control"), "sent as it would be without Precondition" + reply);
            assertEquals(streamed.header("Transfer-Encoding"), reply.header("Transfer-Encoding"), path + reply);
            assertEquals(Json.parse(streamed.text()), Json.parse(reply.text()), path);
            assertEquals(five, texts(reply.text()), path);
            assertEquals(subscriptions + 1, controller.subscriptions.get(), path + ": the stream ran more than once");
            assertEquals(emitted + 5, controller.emitted.get(), path + ": elements emitted twice or not at all");
        }
        assertEquals("NoteStreamController",
                client().get(PATH + "/answered").headers().firstValue("X-Answered-By").orElse(null));
    }

    @Test
    @Order(2)
    void longerStreamHasNoTagToMatch() {
        listOf(4);
        String tagOfThree = "W/\"not-the-current-list\"";
        // RFC 9110 §13.1.2: no representation tag matches an If-None-Match list: the condition is true, 200.
        HttpResponse<String> ok = client().get(PATH + "/published", "If-None-Match", tagOfThree);
        assertEquals(200, ok.statusCode());
        assertFalse(ok.headers().firstValue("ETag").isPresent(), ok.headers().toString());
        assertEquals(4, texts(ok.body()).size());
        // §13.1.1: a listed If-Match tag matches no representation without a tag: 412; "*" matches any: 200.
        assertEquals(412, client().get(PATH + "/published", "If-Match", "\"x\"").statusCode());
        assertEquals(200, client().get(PATH + "/published", "If-Match", "*").statusCode());
        HttpResponse<String> head = client().head(PATH + "/published");
        assertEquals(200, head.statusCode());
        assertFalse(head.headers().firstValue("ETag").isPresent(), head.headers().toString());
    }

    @Test
    @Order(4)
    void writeAnsweredWithALongerStreamSendsItWithoutValidators() {
        listOf(5);
        HttpResponse<String> written = client().putTo(PATH, "the-sixth");
        assertEquals(200, written.statusCode(), written.body());
        assertFalse(written.headers().firstValue("ETag").isPresent(), written.headers().toString());
        assertFalse(written.headers().firstValue("Content-Location").isPresent(), written.headers().toString());
        List<Object> texts = texts(written.body());
        assertEquals(6, texts.size(), written.body());
        assertEquals("the-sixth", texts.get(5));
    }
}
