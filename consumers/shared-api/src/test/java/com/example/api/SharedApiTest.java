package com.example.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes declared on NoteApi, served by NoteController, over HTTP on 127.0.0.1: {@code /api/notes} has its
 * preconditions on the interface, {@code /api/texts} on the controller's overrides; both behave the same.
 */
@MicronautTest
class SharedApiTest {

    private static final AtomicLong IDS = new AtomicLong();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    NoteStore store;
    @Inject
    NoteClient client;

    @Test
    void theDeclarativeClientOfTheSameInterfaceReadsTheNote() {
        long id = IDS.incrementAndGet();
        store.create(id, "shared");
        Optional<Note> note = client.get(id);
        assertEquals("shared", note.orElseThrow().text());
    }

    /** RFC 9110 §8.8.3, §13.1.2: a 200 carries the strong tag, and If-None-Match with it gets 304 without a body. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/notes/", "/api/texts/"})
    void aReadSendsItsTagAndRevalidatesWith304(String path) throws Exception {
        long id = IDS.incrementAndGet();
        store.create(id, "text");
        HttpResponse<String> ok = send(get(path + id));
        assertEquals(200, ok.statusCode());
        String etag = ok.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\""), etag);
        HttpResponse<String> notModified = send(request(path + id).GET().header("If-None-Match", etag).build());
        assertEquals(304, notModified.statusCode());
        assertEquals(etag, notModified.headers().firstValue("ETag").orElseThrow());
        assertEquals("", notModified.body());
    }

    /** RFC 9110 §13.1.1: If-Match with a tag that is not current is 412, and the note is unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/notes/", "/api/texts/"})
    void aStaleIfMatchIs412(String path) throws Exception {
        long id = IDS.incrementAndGet();
        store.create(id, "before");
        HttpResponse<String> refused = send(put(path + id, "after").header("If-Match", "\"stale\"").build());
        assertEquals(412, refused.statusCode());
        assertEquals("before", store.find(id).orElseThrow().text());
    }

    /** RFC 6585 §3: a write without a precondition is 428, and the note is unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/notes/", "/api/texts/"})
    void aWriteWithoutPreconditionIs428(String path) throws Exception {
        long id = IDS.incrementAndGet();
        store.create(id, "before");
        HttpResponse<String> refused = send(put(path + id, "after").build());
        assertEquals(428, refused.statusCode());
        assertEquals("before", store.find(id).orElseThrow().text());
    }

    /** RFC 9110 §13.1.1: the current tag lets the write through, which answers with the new tag. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/notes/", "/api/texts/"})
    void theCurrentTagWrites(String path) throws Exception {
        long id = IDS.incrementAndGet();
        store.create(id, "before");
        String etag = send(get(path + id)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = send(put(path + id, "after").header("If-Match", etag).build());
        assertEquals(200, written.statusCode());
        assertNotEquals(etag, written.headers().firstValue("ETag").orElseThrow());
        assertEquals("after", store.find(id).orElseThrow().text());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder put(String path, String text) {
        return request(path).PUT(HttpRequest.BodyPublishers.ofString(text)).header("Content-Type", "text/plain");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
