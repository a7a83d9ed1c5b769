package io.precondition.sample.it;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 304 carries the Cache-Control and Vary its 200 would (RFC 9110 §15.4.5, RFC 9111 §4.3.4), also when the lookup
 * decides it without running the handler; and bodies without validators of their own are versioned by the lookup.
 */
@MicronautTest
@Property(name = "it.posters", value = "true")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:caching-bodies;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class CachingAndBodiesTest {

    @Inject
    EmbeddedServer server;

    private ItemClient client() {
        return new ItemClient(server.getPort());
    }

    private void write(String id, String text) {
        assertEquals(204, client().post("/it/posters/" + id, text).statusCode());
    }

    @Test
    void notModifiedFromTheLookupCarriesTheCachingHeadersOfThe200() {
        write("p1", "one");
        HttpResponse<String> ok = client().get("/it/posters/p1");
        assertEquals(200, ok.statusCode());
        assertEquals("max-age=60", ok.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("Accept-Language", ok.headers().firstValue("Vary").orElse(null));
        String etag = ok.headers().firstValue("ETag").orElseThrow();
        // Decided by the lookup before the handler: the same directives, so that a cache updating its stored
        // response with the 304's fields (RFC 9111 §4.3.4) keeps max-age=60 and Vary: Accept-Language.
        for (String[] headers : new String[][] {{"If-None-Match", etag},
                {"If-Modified-Since", ok.headers().firstValue("Last-Modified").orElseThrow()}}) {
            HttpResponse<String> notModified = client().get("/it/posters/p1", headers);
            assertEquals(304, notModified.statusCode(), headers[0]);
            assertEquals("max-age=60", notModified.headers().firstValue("Cache-Control").orElse(null), headers[0]);
            assertEquals("Accept-Language", notModified.headers().firstValue("Vary").orElse(null), headers[0]);
        }
    }

    /**
     * RFC 9110 §15.4.5: a handler whose 2xx sets Cache-Control and Vary it does not declare would get lookup-decided
     * 304s without them; Precondition says so once per handler, with the annotation that fixes it.
     */
    @Test
    void undeclaredCachingHeadersAreWarnedOnceWithTheFix() {
        write("p9", "nine");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        events.start();
        root.addAppender(events);
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client().get("/it/posters/p9/undeclared").statusCode());
            }
            assertEquals(200, client().get("/it/posters/p9").statusCode());
        } finally {
            root.detachAppender(events);
        }
        java.util.List<String> warnings = events.list.stream()
                .filter(event -> event.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .collect(java.util.stream.Collectors.toList());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("PosterController.undeclared sends Cache-Control: max-age=60 Vary:"
                + " Accept-Language on its 2xx"), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("@Versioned(..., cacheControl = \"max-age=60\", vary = \"Accept-Language\")"),
                warnings.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {".html", ".bin", ".txt"})
    void bodyWithoutValidatorsIsVersionedByTheLookup(String suffix) {
        String id = "b" + suffix.substring(1);
        String path = "/it/posters/" + id + suffix;
        assertEquals(404, client().get(path).statusCode(), "absent: the handler's answer");
        write(id, "one");
        HttpResponse<String> ok = client().get(path);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("one", ok.body().replace("<h1>", "").replace("</h1>", ""));
        String etag = ok.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "the lookup's ETag on an unconditional GET");
        assertTrue(etag.startsWith("\"" + id), etag);
        assertNotNull(ok.headers().firstValue("Last-Modified").orElse(null));
        assertEquals("no-cache", ok.headers().firstValue("Cache-Control").orElse(null));

        // RFC 9110 §13.1.2 / §13.1.1 with the lookup's validators.
        assertEquals(304, client().get(path, "If-None-Match", etag).statusCode());
        assertEquals(412, client().get(path, "If-Match", "\"other\"").statusCode());
        write(id, "two");
        HttpResponse<String> changed = client().get(path, "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(null));
    }
}
