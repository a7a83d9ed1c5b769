package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertLastModified;
import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertWriteVisible;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 7: Last-Modified is IMF-fixdate at whole seconds, never later than Date, compared at whole seconds. */
@MicronautTest(transactional = false)
class WholeSecondsTest extends WikiTestBase {

    @Test
    @DisplayName("Last-Modified is IMF-fixdate and not later than Date on every response that carries it (RFC 9110 §8.8.2.1, §5.6.7)")
    void lastModifiedIsImfFixdateNotLaterThanDate() {
        String slug = slug("imf");
        Reply created = create(slug);
        assertLastModified(created);
        Reply replaced = wiki.replace(slug, created.etag(), "t", "b");
        assertLastModified(replaced);
        assertLastModified(wiki.current(slug));
        Reply head = wiki.headPage(slug);
        assertStatus(200, head);
        assertLastModified(head);
        Reply patched = wiki.patch(slug, "application/merge-patch+json", "{\"title\":\"p\"}", "If-Match",
                replaced.etag());
        assertStatus(200, patched);
        assertLastModified(patched);
        Reply collection = wiki.get("/pages");
        assertStatus(200, collection);
        assertLastModified(collection);
    }

    @Test
    @DisplayName("echoing Last-Modified in If-Unmodified-Since right after a write passes: compared at whole seconds (RFC 9110 §13.1.4, rule 7)")
    void ifUnmodifiedSinceEchoingLastModifiedPasses() {
        String slug = slug("ius-echo");
        Reply current = create(slug);
        for (int i = 0; i < 5; i++) {
            Reply replaced = wiki.put(slug, Json.page(slug, "t" + i, "b"), "If-Unmodified-Since",
                    current.lastModified());
            assertStatus(200, replaced);
            current = assertWriteVisible(wiki, slug, replaced);
        }
    }

    @Test
    @DisplayName("echoing Last-Modified in If-Modified-Since right after a write gives 304: compared at whole seconds (RFC 9110 §13.1.3, rule 7)")
    void ifModifiedSinceEchoingLastModifiedIs304() {
        String slug = slug("ims-echo");
        Reply current = create(slug);
        for (int i = 0; i < 5; i++) {
            current = wiki.replace(slug, current.etag(), "t" + i, "b");
            Reply ok = wiki.current(slug);
            assertNotModified(wiki.getPage(slug, "If-Modified-Since", current.lastModified()), ok);
        }
    }
}
