package io.precondition.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.TestDatabase;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import io.precondition.sample.support.Reply;
import org.junit.jupiter.api.Test;

/**
 * Micronaut's response compression (on by default: gzip for a text-based body of at least
 * {@code micronaut.server.netty.compression-threshold} = 1024 bytes when the client accepts it) and entity tags
 * (RFC 9110 §8.8.3): the gzip representation gets its own strong tag {@code "X+gzip"}, and {@code "X+gzip"} names the
 * same page state as {@code "X"} in If-None-Match and If-Match.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres", disabledReason = "H2 run only")
class CompressionTest extends ClientTestBase {
    private static final String[] GZIP = {"Accept-Encoding", "gzip"};

    private String createLarge(String slug) {
        return wiki.create(slug, "Large " + slug, largeBody(slug)).etag();
    }

    @Test
    void gzipRepresentationHasItsOwnStrongTag() {
        String slug = slug("gz");
        createLarge(slug);
        Reply identity = wiki.current(slug);
        Reply gzip = wiki.getPage(slug, GZIP);
        assertEquals(200, gzip.status(), gzip.toString());
        assertEquals("gzip", gzip.header("Content-Encoding"), gzip.toString());
        String x = identity.etag();
        assertNull(identity.header("Content-Encoding"), identity.toString());
        assertEquals(x.substring(0, x.length() - 1) + "+gzip\"", gzip.etag(), gzip.toString());
        assertTrue(gzip.header("Vary") != null && gzip.header("Vary").contains("Accept-Encoding"), gzip.toString());
        assertEquals(identity.text(), Gzip.gunzip(gzip.body()));
        assertEquals(identity.lastModified(), gzip.lastModified());
    }

    @Test
    void revalidationWithEitherTagIs304() {
        String slug = slug("gz");
        createLarge(slug);
        String x = wiki.current(slug).etag();
        String coded = wiki.getPage(slug, GZIP).etag();

        Reply codedAgain = wiki.getPage(slug, "Accept-Encoding", "gzip", "If-None-Match", coded);
        assertEquals(304, codedAgain.status(), codedAgain.toString());
        assertEquals(coded, codedAgain.etag(), "the 304 names the representation the client holds" + codedAgain);
        assertTrue(codedAgain.header("Vary").contains("Accept-Encoding"), codedAgain.toString());
        assertEquals(0, codedAgain.body().length);

        Reply identityAgain = wiki.getPage(slug, "Accept-Encoding", "gzip", "If-None-Match", x);
        assertEquals(304, identityAgain.status(), identityAgain.toString());
        assertEquals(x, identityAgain.etag(), identityAgain.toString());

        Reply plain = wiki.getPage(slug, "If-None-Match", coded);
        assertEquals(304, plain.status(), plain.toString());
    }

    @Test
    void writeWithTheGzipTagSucceedsAndAStaleOneFails() {
        String slug = slug("gz");
        createLarge(slug);
        String coded = wiki.getPage(slug, GZIP).etag();
        assertTrue(coded.endsWith("+gzip\""), coded);

        Reply put = wiki.send("PUT", "/pages/" + slug, "application/json",
                Json.page(slug, "Replaced", largeBody("replaced")), "If-Match", coded, "Accept-Encoding", "gzip");
        assertEquals(200, put.status(), put.toString());
        assertEquals("gzip", put.header("Content-Encoding"), put.toString());
        assertTrue(put.etag().endsWith("+gzip\"") && !put.etag().equals(coded), put.toString());

        Reply stale = wiki.put(slug, Json.page(slug, "Lost", "lost update"), "If-Match", coded);
        assertEquals(412, stale.status(), stale.toString());
        String staleIdentity = coded.replace("+gzip", "");
        Reply staleToo = wiki.put(slug, Json.page(slug, "Lost", "lost update"), "If-Match", staleIdentity);
        assertEquals(412, staleToo.status(), staleToo.toString());
        assertEquals("Replaced", wiki.current(slug).jsonObject().get("title"));

        Reply newer = wiki.getPage(slug, "Accept-Encoding", "gzip", "If-None-Match", coded);
        assertEquals(200, newer.status(), "a stale coded tag does not revalidate" + newer);
        Reply patch = wiki.patch(slug, "application/merge-patch+json", "{\"title\":\"Patched\"}", "If-Match", put.etag());
        assertEquals(200, patch.status(), patch.toString());
    }

    @Test
    void smallResponsesAreNotCompressedAndKeepTheirTag() {
        String slug = slug("small");
        String created = wiki.create(slug, "Small", "tiny").etag();
        Reply gzip = wiki.getPage(slug, GZIP);
        assertNull(gzip.header("Content-Encoding"), gzip.toString());
        assertEquals(created, gzip.etag());
    }

    @Test
    void weakListTagIsNotCoded() {
        createLarge(slug("list"));
        for (int i = 0; i < 40; i++) {
            wiki.create(slug("list"), "A title long enough to make the index large " + i, "b");
        }
        Reply identity = wiki.get("/pages");
        Reply gzip = wiki.get("/pages", GZIP);
        assertEquals("gzip", gzip.header("Content-Encoding"), gzip.toString());
        assertTrue(identity.etag().startsWith("W/"), identity.toString());
        assertEquals(identity.etag(), gzip.etag(), "a weak tag may stay the same across content codings");
        assertEquals(304, wiki.get("/pages", "Accept-Encoding", "gzip", "If-None-Match", gzip.etag()).status());
    }
}
