package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.WEAK_ETAG;
import static io.precondition.sample.WikiAssertions.assertJson;
import static io.precondition.sample.WikiAssertions.assertLastModified;
import static io.precondition.sample.WikiAssertions.assertNoCache;
import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Reply;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code GET /pages} on a database where no page was ever written (this class writes none). */
@MicronautTest(transactional = false)
class EmptyCollectionTest extends WikiTestBase {

    @Test
    @DisplayName("GET /pages with no pages: 200 [] with a weak ETag and Cache-Control: no-cache; 304 on that tag (RFC 9110 §13.1.2)")
    void getEmptyCollectionIsEmptyArray() {
        Reply ok = wiki.get("/pages");
        assertStatus(200, ok);
        assertJson(ok);
        assertEquals(List.of(), ok.json(), "empty collection" + ok);
        assertNoCache(ok);
        assertNotNull(ok.etag(), "ETag missing" + ok);
        assertTrue(WEAK_ETAG.matcher(ok.etag()).matches(), "collection ETag must be weak" + ok);
        if (ok.lastModified() != null) {
            assertLastModified(ok);
        }
        assertNotModified(wiki.get("/pages", "If-None-Match", ok.etag()), ok);
        Reply head = wiki.head("/pages");
        assertStatus(200, head);
        assertEquals(ok.etag(), head.etag());
        assertEquals(0, head.body().length);
    }
}
