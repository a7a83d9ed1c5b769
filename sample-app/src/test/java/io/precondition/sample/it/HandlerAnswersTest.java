package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the handler answers stays its own: a read of an absent resource answers as without conditional headers
 * (RFC 9110 §13.2.1), and a POST that creates a member names it, not the collection, as the resource its validators
 * describe (RFC 9110 §8.7, §9.3.3).
 */
@MicronautTest
@Property(name = "it.boards", value = "true")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:handler-answers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class HandlerAnswersTest {

    @Inject
    EmbeddedServer server;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    @Test
    void anAbsentResourceIsAnsweredByTheHandlerAlsoWhenTheRequestIsConditional() {
        for (String id : new String[] {"moved-1", "gone-1", "default-1", "missing-1"}) {
            String path = "/it/boards/items/" + id;
            int unconditional = client().get(path).statusCode();
            // The lookup finds nothing; the preconditions do not apply to a request that would not succeed, and the
            // handler decides what an absent resource is (RFC 9110 §13.2.1).
            for (String[] headers : new String[][] {{"If-None-Match", "\"x\""},
                    {"If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"If-None-Match", "*"}}) {
                if (id.startsWith("default") && headers[1].equals("*")) {
                    // The handler's own 200 is a current representation: If-None-Match: * matches it (§13.1.2).
                    assertEquals(304, client().get(path, headers).statusCode());
                    continue;
                }
                assertEquals(unconditional, client().get(path, headers).statusCode(), path + " " + headers[0]);
            }
        }
        assertEquals(301, client().get("/it/boards/items/moved-1", "If-None-Match", "\"x\"").statusCode());
        assertEquals(410, client().get("/it/boards/items/gone-1", "If-Match", "\"x\"").statusCode());
    }

    @Test
    void createdByPostNamesTheCreatedResourceNotTheCollection() {
        HttpResponse<String> created = post("/it/boards/b1/notes");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals("/it/boards/b1/notes/b1-0", java.net.URI.create(location).getPath());
        // The ETag describes the created note, so the Content-Location is the note's (RFC 9110 §8.7), never
        // the collection the request was sent to.
        assertEquals(location, created.headers().firstValue("Content-Location").orElse(null));
        assertFalse(created.headers().firstValue("ETag").isEmpty());

        HttpResponse<String> draft = post("/it/boards/b1/drafts");
        assertEquals(200, draft.statusCode(), draft.body());
        assertEquals(null, draft.headers().firstValue("Content-Location").orElse(null),
                "a POST without Location names no resource its validators describe");
    }

    private HttpResponse<String> post(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.getPort() + path))
                    .timeout(java.time.Duration.ofSeconds(30)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("text")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
