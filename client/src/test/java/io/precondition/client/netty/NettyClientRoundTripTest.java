package io.precondition.client.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.precondition.client.PreconditionFailedException;
import io.precondition.client.Tagged;
import io.precondition.client.WeakTagException;
import io.precondition.http.EntityTag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The client half on Micronaut's Netty HTTP client (the sample-app tests use the JDK one): revalidation with 304,
 * a write with the caller's If-Match whose answer is stored for its Content-Location, a stale write typed as 412
 * with its problem details and current ETag, a weak tag refused before sending; each with {@code HttpResponse<T>}
 * answers and an If-Match parameter, and with {@code Tagged<T>} answers and bodies.
 */
class NettyClientRoundTripTest {

    @Test
    void revalidatesWritesAndTypes412OnNettyClient() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("netty.round-trip", "true"))) {
            NoteClient notes = server.getApplicationContext().getBean(NoteClient.class);
            int notModified = NoteController.NOT_MODIFIED.get();

            HttpResponse<String> read = notes.read("n1");
            assertEquals("first", read.body());
            assertEquals("\"v1\"", read.getHeaders().get("ETag"));
            HttpResponse<String> again = notes.read("n1");
            assertEquals(200, again.code(), "RFC 9111 §4.3.4: the 304 reaches the caller as the stored 200");
            assertEquals("first", again.body());
            assertEquals("first", Mono.from(notes.readReactive("n1")).block().body());
            assertEquals(notModified + 2, NoteController.NOT_MODIFIED.get());

            HttpResponse<String> written = notes.write("n1", "second", read.getHeaders().get("ETag"));
            assertEquals("\"v2\"", written.getHeaders().get("ETag"));
            int full = NoteController.FULL.get();
            assertEquals("second", notes.read("n1").body());
            assertEquals(full, NoteController.FULL.get(), "the write's answer was stored for its Content-Location");

            PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                    () -> notes.write("n1", "lost", "\"v1\""));
            assertEquals("stale If-Match", stale.problem().detail());
            assertEquals(EntityTag.strong("v2"), stale.currentETag().orElseThrow());
            assertThrows(WeakTagException.class, () -> notes.write("n1", "weak", "W/\"v2\""));
        }
    }

    @Test
    void taggedReadsAndWritesOnNettyClient() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("netty.round-trip", "true"))) {
            TaggedNoteClient notes = server.getApplicationContext().getBean(TaggedNoteClient.class);
            int notModified = NoteController.NOT_MODIFIED.get();

            Tagged<String> read = notes.read("t1");
            assertEquals(Tagged.of("first", EntityTag.strong("v1"), null), read);
            assertEquals(read, notes.read("t1"), "revalidated: the stored answer, with its ETag");
            assertEquals(read, notes.readFuture("t1").join());
            assertEquals(notModified + 2, NoteController.NOT_MODIFIED.get());
            Tagged<Map<String, String>> json = notes.readJson("t1");
            assertEquals(Map.of("text", "first"), json.value());
            assertEquals(EntityTag.strong("v1"), json.etag().orElseThrow());

            Tagged<String> written = notes.write("t1", read.map(text -> text + ", changed"));
            assertEquals(Tagged.of("first, changed", EntityTag.strong("v2"), null), written,
                    "the value was sent (not the Tagged) with If-Match \"v1\"; the answer carries the new ETag");
            int full = NoteController.FULL.get();
            assertEquals(written, notes.read("t1"), "the write's answer was stored for its Content-Location");
            assertEquals(full, NoteController.FULL.get());

            PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                    () -> notes.write("t1", read.map(text -> text + ", lost")));
            assertEquals("stale If-Match", stale.problem().detail());
            assertEquals(EntityTag.strong("v2"), stale.currentETag().orElseThrow());
            assertEquals("first, changed", notes.read("t1").value());
            assertThrows(WeakTagException.class,
                    () -> notes.write("t1", Tagged.of("weak", EntityTag.weak("v2"), null)));
        }
    }

    /**
     * On the Netty client too, a 304 (RFC 9111 §4.3.4) answers an immutable body type with the value decoded when the
     * response was stored, and any other type with a fresh copy: one caller's change to a Map never reaches the next.
     */
    @Test
    void immutableBodiesAreDecodedOnceOnNettyClient() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("netty.round-trip", "true"))) {
            TaggedNoteClient notes = server.getApplicationContext().getBean(TaggedNoteClient.class);
            int notModified = NoteController.NOT_MODIFIED.get();

            Tagged<String> read = notes.read("s1");
            Tagged<String> again = notes.read("s1");
            assertSame(read.value(), again.value(), "String is immutable: the stored value answers the 304");
            Tagged<Map<String, String>> json = notes.readJson("s1");
            json.value().put("text", "changed by this caller only");
            Tagged<Map<String, String>> jsonAgain = notes.readJson("s1");
            assertEquals(Map.of("text", "first"), jsonAgain.value());
            assertNotSame(json.value(), jsonAgain.value());
            assertEquals(notModified + 2, NoteController.NOT_MODIFIED.get(), "both second reads were 304s");
        }
    }
}
