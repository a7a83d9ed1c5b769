package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A lookup that throws gets the answer the handler's exception would get (here Micronaut's 500 in the app's
 * problem+json), at once and for every shape of lookup: never a hanging request, never a 304 / 412 / 200 decided
 * without the resource's state. (The database outage, a lookup failing with 503, is in
 * {@code reliability.LookupOutageTest}.)
 */
@MicronautTest
@Property(name = "it.broken", value = "true")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:lookup-failure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class LookupFailureTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"/it/broken/a/plain", "/it/broken/a/mono", "/it/broken/a/stage", "/it/broken-blocking/a"})
    void aLookupThatThrowsIsAServerError(String path) {
        ItemClient client = new ItemClient(server.getPort());
        // Unconditional: no lookup, the handler answers (RFC 9110 §13.2.1 needs no state for it).
        assertEquals(200, client.get(path).statusCode());
        // Conditional: the lookup runs and throws; the client gets the error at once (ItemClient bounds every
        // request), in the application's error format, without validators.
        for (String[] headers : new String[][] {{"If-None-Match", "\"x\""}, {"If-Match", "\"x\""},
                {"If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"}}) {
            HttpResponse<String> failed = client.get(path, headers);
            assertEquals(500, failed.statusCode(), path + " " + String.join(": ", headers) + " " + failed.body());
            assertEquals("application/problem+json", failed.headers().firstValue("Content-Type").orElse(null));
            assertFalse(failed.headers().firstValue("ETag").isPresent());
        }
    }
}
