package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule 6: an ETag is never reused for a URL, across delete + re-create and across restarts. */
@MicronautTest(transactional = false)
class ETagNeverReusedTest extends WikiTestBase {

    @Test
    @DisplayName("delete + re-create identical content: a new ETag each time, old If-Match gives 412 (RFC 9110 §8.8.3, rule 6)")
    void deleteAndRecreateIdenticalPageGetsNewETag() {
        String slug = slug("reuse");
        Set<String> seen = new LinkedHashSet<>();
        for (int round = 0; round < 4; round++) {
            Reply created = wiki.create(slug, "Same title", "Same body");
            assertTrue(seen.add(created.etag()), "ETag " + created.etag() + " reused; earlier " + seen + created);
            Reply replaced = wiki.replace(slug, created.etag(), "Same title", "Same body");
            assertTrue(seen.add(replaced.etag()), "ETag " + replaced.etag() + " reused; earlier " + seen + replaced);
            Reply current = wiki.current(slug);
            for (String old : seen) {
                if (!old.equals(current.etag())) {
                    assertProblem(412, wiki.put(slug, Json.page(slug, "stale", "stale"), "If-Match", old));
                    assertProblem(412, wiki.delete(slug, "If-Match", old));
                }
            }
            assertUnchanged(wiki, slug, current);
            assertStatus(204, wiki.delete(slug, "If-Match", current.etag()));
        }
    }

    @Test
    @DisplayName("a restarted app with an empty database never hands out an ETag of the earlier instance (rule 6)")
    void restartWithEmptyDatabaseNeverReusesETag() {
        String slug = slug("restart");
        Set<String> seen = new LinkedHashSet<>();
        Reply created = wiki.create(slug, "Same title", "Same body");
        seen.add(created.etag());
        seen.add(wiki.replace(slug, created.etag(), "Same title", "Same body").etag());
        for (int restart = 0; restart < 2; restart++) {
            EmbeddedServer other = startInstance(freshDatabase().properties());
            try {
                WikiClient restarted = new WikiClient(other.getPort());
                Reply again = restarted.create(slug, "Same title", "Same body");
                assertFalse(seen.contains(again.etag()),
                        "restart " + restart + " reused ETag " + again.etag() + "; earlier " + seen + again);
                for (String old : seen) {
                    assertProblem(412, restarted.put(slug, Json.page(slug, "stale", "stale"), "If-Match", old));
                }
                seen.add(again.etag());
                Reply replaced = restarted.replace(slug, again.etag(), "Same title", "Same body");
                assertTrue(seen.add(replaced.etag()), "ETag reused after restart" + replaced);
            } finally {
                other.getApplicationContext().close();
            }
        }
    }
}
