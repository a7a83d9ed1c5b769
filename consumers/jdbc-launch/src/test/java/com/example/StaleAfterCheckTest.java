package com.example;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A write whose preconditions passed, but whose note another writer changed before it wrote. */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "StaleAfterCheckTest")
class StaleAfterCheckTest {

    @Inject
    EmbeddedServer server;

    @Inject
    InterleavingNoteService service;

    @Test
    void writeGoneStaleAfterTheCheckAnswers412AndKeepsTheOtherWrite() {
        NoteClient client = new NoteClient(server.getURI());
        String note = client.create("checked");
        String etag = NoteHttpTest.etag(client.get(note));
        service.armed = true;
        HttpResponse<String> put = client.put(note, "stale after the check", "If-Match", etag);
        assertEquals(1, service.interleaved.get(), "the other writer wrote between the check and the write");
        // RFC 9110 §13.1.1: the state the If-Match named is gone when the write runs: 412, not 200 or 500.
        assertEquals(412, put.statusCode(), put.body());
        HttpResponse<String> now = client.get(note);
        assertTrue(now.body().contains("\"title\":\"the other writer's\""), now.body());
        assertEquals(412, client.put(note, "again", "If-Match", etag).statusCode(), "the old ETag stays stale");
    }
}
