package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.WEAK_ETAG;
import static io.precondition.sample.WikiAssertions.assertJson;
import static io.precondition.sample.WikiAssertions.assertLastModified;
import static io.precondition.sample.WikiAssertions.assertNoCache;
import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract row {@code GET /pages}, {@code HEAD /pages} and rule 8 (collection validators). */
@MicronautTest(transactional = false)
class PageCollectionTest extends WikiTestBase {

    private Reply collection() {
        Reply reply = wiki.get("/pages");
        assertStatus(200, reply);
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs(Reply reply) {
        List<String> slugs = new ArrayList<>();
        for (Object entry : reply.jsonArray()) {
            slugs.add((String) ((Map<String, Object>) entry).get("slug"));
        }
        return slugs;
    }

    @Test
    @DisplayName("GET /pages: JSON array of {slug, title} sorted by code point, weak ETag, Cache-Control: no-cache")
    @SuppressWarnings("unchecked")
    void getCollectionListsSlugAndTitleSortedByCodePoint() {
        String prefix = slug("sort");
        // Code-point order: '-' (0x2d) < '0' (0x30) < 'a' < 'b'; collations that ignore punctuation disagree.
        List<String> expected = List.of(prefix + "-a-b", prefix + "-a-c", prefix + "-a0", prefix + "-ab",
                prefix + "-b");
        for (String slug : List.of(expected.get(4), expected.get(2), expected.get(0), expected.get(3),
                expected.get(1))) {
            wiki.create(slug, "Title " + slug, "Body");
        }
        Reply list = collection();
        assertJson(list);
        assertNoCache(list);
        assertNotNull(list.etag(), "ETag missing" + list);
        assertTrue(WEAK_ETAG.matcher(list.etag()).matches(), "collection ETag must be weak" + list);
        assertLastModified(list);
        List<String> all = slugs(list);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(String::compareTo); // slugs are ASCII: UTF-16 order is code-point order
        assertEquals(sorted, all, "collection must be sorted by slug in code-point order" + list);
        List<String> ours = all.stream().filter(s -> s.startsWith(prefix + "-")).toList();
        assertEquals(expected, ours, "code-point order of our slugs" + list);
        for (Object entry : list.jsonArray()) {
            Map<String, Object> page = (Map<String, Object>) entry;
            if (expected.contains(page.get("slug"))) {
                assertEquals("Title " + page.get("slug"), page.get("title"), "title in the list" + list);
            }
        }
    }

    @Test
    @DisplayName("HEAD /pages: same status and headers as GET, no body (RFC 9110 §9.3.2)")
    void headCollectionIsSameAsGetWithoutBody() {
        create(slug("head-list"));
        Reply get = collection();
        Reply head = wiki.head("/pages");
        assertStatus(200, head);
        assertEquals(get.etag(), head.etag());
        assertEquals(get.lastModified(), head.lastModified());
        assertEquals(get.header("Cache-Control"), head.header("Cache-Control"));
        assertEquals(0, head.body().length);
    }

    @Test
    @DisplayName("If-None-Match with the current weak tag (or its strong form): 304 on GET and HEAD (RFC 9110 §13.1.2 weak comparison)")
    void getCollectionWithCurrentWeakTagIs304() {
        create(slug("list-304"));
        Reply ok = collection();
        assertNotModified(wiki.get("/pages", "If-None-Match", ok.etag()), ok);
        assertNotModified(wiki.head("/pages", "If-None-Match", ok.etag()), ok);
        assertNotModified(wiki.get("/pages", "If-None-Match", ok.etag().substring(2)), ok);
        assertNotModified(wiki.get("/pages", "If-None-Match", "*"), ok);
    }

    @Test
    @DisplayName("If-Modified-Since equal to the collection's Last-Modified: 304 (RFC 9110 §13.1.3)")
    void getCollectionWithIfModifiedSinceEqualIs304() {
        create(slug("list-ims"));
        Reply ok = collection();
        assertNotModified(wiki.get("/pages", "If-Modified-Since", ok.lastModified()), ok);
    }

    @Test
    @DisplayName("If-Match with the collection's weak tag: 412, strong comparison; If-Match: * gives 200 (RFC 9110 §13.1.1)")
    void getCollectionWithWeakTagInIfMatchIs412() {
        create(slug("list-im"));
        Reply ok = collection();
        assertProblem(412, wiki.get("/pages", "If-Match", ok.etag()));
        assertStatus(200, wiki.get("/pages", "If-Match", "*"));
    }

    @Test
    @DisplayName("collection ETag changes on create (rule 8)")
    void collectionETagChangesOnCreate() {
        String before = collection().etag();
        create(slug("list-create"));
        assertNotEquals(before, collection().etag());
    }

    @Test
    @DisplayName("collection ETag changes on update, even of the body only (rule 8)")
    void collectionETagChangesOnUpdate() {
        String slug = slug("list-update");
        Reply created = create(slug);
        String before = collection().etag();
        wiki.replace(slug, created.etag(), "Title of " + slug, "Another body");
        assertNotEquals(before, collection().etag());
    }

    @Test
    @DisplayName("collection ETag changes on delete (rule 8)")
    void collectionETagChangesOnDelete() {
        String slug = slug("list-delete");
        Reply created = create(slug);
        String before = collection().etag();
        assertStatus(204, wiki.delete(slug, "If-Match", created.etag()));
        assertNotEquals(before, collection().etag());
    }

    @Test
    @DisplayName("collection ETag changes on delete + re-create of an identical page (rule 8)")
    void collectionETagChangesOnDeleteAndRecreate() {
        String slug = slug("list-recreate");
        Reply created = wiki.create(slug, "Same", "Same");
        Reply before = collection();
        assertStatus(204, wiki.delete(slug, "If-Match", created.etag()));
        wiki.create(slug, "Same", "Same");
        Reply after = collection();
        assertEquals(before.json(), after.json(), "same list content");
        assertNotEquals(before.etag(), after.etag(), "delete + re-create must change the collection ETag" + after);
        assertStatus(200, wiki.get("/pages", "If-None-Match", before.etag()));
    }

    @Test
    @DisplayName("collection Last-Modified never goes backwards over creates, writes and deletes (rule 8)")
    void collectionLastModifiedNeverGoesBackwards() {
        Instant last = Instant.EPOCH;
        String slug = slug("list-lm");
        Reply page = create(slug);
        for (int i = 0; i < 3; i++) {
            Instant now = collection().lastModifiedInstant();
            assertFalse(now.isBefore(last), "collection Last-Modified went backwards: " + last + " -> " + now);
            last = now;
            page = wiki.replace(slug, page.etag(), "t" + i, "b");
        }
        assertStatus(204, wiki.delete(slug, "If-Match", page.etag()));
        Instant afterDelete = collection().lastModifiedInstant();
        assertFalse(afterDelete.isBefore(last), "Last-Modified went backwards on delete");
    }

    @Test
    @DisplayName("a delete moves the collection's Last-Modified to the delete's time (rule 8)")
    void collectionLastModifiedMovesOnDelete() throws InterruptedException {
        String slug = slug("list-lm-delete");
        Reply created = create(slug);
        Reply before = collection();
        Thread.sleep(1_100); // Last-Modified has whole seconds
        Reply deleted = wiki.delete(slug, "If-Match", created.etag());
        assertStatus(204, deleted);
        Reply after = collection();
        assertTrue(after.lastModifiedInstant().isAfter(before.lastModifiedInstant()),
                "delete must move the collection's Last-Modified: " + before.lastModified() + " -> " + after);
        assertStatus(200, wiki.get("/pages", "If-Modified-Since", before.lastModified()));
    }
}
