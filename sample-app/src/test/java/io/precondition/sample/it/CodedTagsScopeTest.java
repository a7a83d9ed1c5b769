package io.precondition.sample.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content-coded tags (RFC 9110 §8.8.3) only where Precondition set the tag, and a correct answer on HTTP/2 (h2c),
 * where a gzip body must never carry the identity body's strong tag. One server per protocol setting.
 */
class CodedTagsScopeTest {

    /** Larger than Micronaut's compression threshold (1024 bytes), so that gzip applies. */
    private static final String LARGE = "x".repeat(4000);

    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("it.posters", "true");
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.driver-class-name", "org.h2.Driver");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.url", "jdbc:h2:mem:coded-" + ItemClient.newId()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        return server.getPort();
    }

    @Test
    void anApplicationsOwnTagIsNeverCoded() {
        ItemClient client = new ItemClient(start(Map.of()));
        assertEquals(204, client.post("/it/posters/own", LARGE).statusCode());
        HttpResponse<byte[]> gzip = Http.send(HttpClient.Version.HTTP_1_1, client, "/it/posters/own/own-tag");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        // The route's own conditional handling knows "own-1", not "own-1+gzip": it stays as the application set it.
        assertEquals("\"own-1\"", gzip.headers().firstValue("ETag").orElse(null));
        // The library's tag on the same server is coded (the control).
        HttpResponse<byte[]> versioned = Http.send(HttpClient.Version.HTTP_1_1, client, "/it/posters/own");
        assertEquals("gzip", versioned.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(versioned.headers().firstValue("ETag").orElseThrow().endsWith("+gzip\""));
    }

    /**
     * RFC 9110 §12.5.5, §15.4.5: a body the server may compress varies by Accept-Encoding on every response of the
     * route: the uncompressed 200 of a client that sent no Accept-Encoding, and a 304 to a gzip-capable client that
     * revalidates with the identity tag, as its gzip twin does.
     */
    @Test
    void everyResponseOfACompressibleRouteVariesByAcceptEncoding() {
        ItemClient client = new ItemClient(start(Map.of()));
        assertEquals(204, client.post("/it/posters/vary", LARGE).statusCode());
        HttpResponse<byte[]> plain = Http.send(HttpClient.Version.HTTP_1_1, client, "/it/posters/vary",
                "Accept-Encoding", "identity");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "identity only, no coding");
        assertEquals("Accept-Language, Accept-Encoding", plain.headers().firstValue("Vary").orElse(null));
        HttpResponse<byte[]> gzip = Http.send(HttpClient.Version.HTTP_1_1, client, "/it/posters/vary",
                "Accept-Encoding", "gzip");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzip.headers().firstValue("Vary").orElse("").toLowerCase().contains("accept-encoding"));
        String identityTag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = Http.send(HttpClient.Version.HTTP_1_1, client, "/it/posters/vary",
                "Accept-Encoding", "gzip", "If-None-Match", identityTag);
        assertEquals(304, notModified.statusCode());
        assertEquals("Accept-Language, Accept-Encoding", notModified.headers().firstValue("Vary").orElse(null));
    }

    @Test
    void http2NeverSendsAGzipBodyWithTheIdentityTag() {
        ItemClient client = new ItemClient(start(Map.of("micronaut.server.http-version", "2.0")));
        assertEquals(204, client.post("/it/posters/h2", LARGE).statusCode());
        Http.send(HttpClient.Version.HTTP_2, client, "/it/posters/h2/own-tag"); // the h2c upgrade
        HttpResponse<byte[]> identity = Http.send(HttpClient.Version.HTTP_2, client, "/it/posters/h2", "Accept-Encoding", "identity");
        HttpResponse<byte[]> gzip = Http.send(HttpClient.Version.HTTP_2, client, "/it/posters/h2", "Accept-Encoding", "gzip");
        assertEquals(HttpClient.Version.HTTP_2, gzip.version(), "the test must speak HTTP/2");
        assertEquals(200, gzip.statusCode());
        String identityTag = identity.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        if (gzip.headers().firstValue("Content-Encoding").isPresent()) {
            // A coded body: its own strong tag, and Vary so that caches keep the two apart (RFC 9110 §8.8.3, §12.5.5).
            assertNotEquals(identityTag, gzipTag);
            assertTrue(gzip.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        } else {
            assertEquals(identityTag, gzipTag, "one representation, one tag");
        }
        assertTrue(Http.text(gzip).contains(LARGE));
        // Revalidation and writes over HTTP/2 with the tag the client holds (RFC 9110 §13.1.2).
        assertEquals(304, Http.send(HttpClient.Version.HTTP_2, client, "/it/posters/h2", "Accept-Encoding", "gzip",
                "If-None-Match", gzipTag).statusCode());
    }

    /** JDK client requests that keep the body's bytes as sent. */
    private static final class Http {
        /** One client per protocol, so that requests after an h2c upgrade share the HTTP/2 connection. */
        private static final HttpClient H1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private static final HttpClient H2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        static HttpResponse<byte[]> send(HttpClient.Version version, ItemClient client, String path, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + client.port() + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.setHeader(headers[i], headers[i + 1]);
            }
            try {
                return (version == HttpClient.Version.HTTP_2 ? H2 : H1).send(request.build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String text(HttpResponse<byte[]> response) {
            try (InputStream in = response.headers().firstValue("Content-Encoding").isPresent()
                    ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
                    : new ByteArrayInputStream(response.body())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
