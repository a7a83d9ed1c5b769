package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract row {@code DELETE /pages/{slug}}. */
@MicronautTest(transactional = false)
class PageDeleteTest extends WikiTestBase {

    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    @Test
    @DisplayName("DELETE with matching If-Match: 204, then 404 (RFC 9110 §9.3.5, §13.1.1)")
    void deleteWithMatchingIfMatchIs204() {
        String slug = slug("del");
        Reply before = existing(slug);
        Reply deleted = wiki.delete(slug, "If-Match", before.etag());
        assertStatus(204, deleted);
        assertEquals(0, deleted.body().length, "204 has no body" + deleted);
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("DELETE with If-Match: * on an existing page: 204 (RFC 9110 §13.1.1)")
    void deleteWithIfMatchStarIs204() {
        String slug = slug("del-star");
        existing(slug);
        assertStatus(204, wiki.delete(slug, "If-Match", "*"));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("DELETE with a passing If-Unmodified-Since: 204 (RFC 9110 §13.1.4)")
    void deleteWithIfUnmodifiedSinceIs204() {
        String slug = slug("del-ius");
        Reply before = existing(slug);
        assertStatus(204, wiki.delete(slug, "If-Unmodified-Since", before.lastModified()));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("DELETE with stale If-Match: 412, page kept (RFC 9110 §13.1.1)")
    void deleteWithStaleIfMatchIs412() {
        String slug = slug("del-stale");
        Reply created = create(slug);
        wiki.replace(slug, created.etag(), "t2", "b2");
        Reply before = wiki.current(slug);
        assertProblem(412, wiki.delete(slug, "If-Match", created.etag()));
        assertProblem(412, wiki.delete(slug, "If-Match", "W/" + before.etag()));
        assertProblem(412, wiki.delete(slug, "If-Match", "garbage"));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("DELETE with older If-Unmodified-Since: 412 (RFC 9110 §13.1.4)")
    void deleteWithOlderIfUnmodifiedSinceIs412() {
        String slug = slug("del-ius-old");
        Reply before = existing(slug);
        String older = HttpDates.imfFixdate(before.lastModifiedInstant().minusSeconds(1));
        assertProblem(412, wiki.delete(slug, "If-Unmodified-Since", older));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("DELETE with If-None-Match: * on an existing page: 412 (RFC 9110 §13.1.2)")
    void deleteWithIfNoneMatchStarIs412() {
        String slug = slug("del-inm");
        Reply before = existing(slug);
        assertProblem(412, wiki.delete(slug, "If-None-Match", "*"));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("DELETE without precondition: 428 (RFC 6585 §3)")
    void deleteWithoutPreconditionIs428() {
        String slug = slug("del-428");
        Reply before = existing(slug);
        assertProblem(428, wiki.delete(slug));
        assertProblem(428, wiki.delete(slug, "If-None-Match", "\"other\""));
        assertProblem(428, wiki.delete(slug, "If-Modified-Since", before.lastModified()));
        assertProblem(428, wiki.delete(slug, "If-Unmodified-Since", "not a date"));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("DELETE of an absent page: 404, whatever the preconditions (RFC 9110 §13.2.1)")
    void deleteAbsentPageIs404() {
        String slug = slug("del-absent");
        assertProblem(404, wiki.delete(slug));
        assertProblem(404, wiki.delete(slug, "If-Match", "\"stale\""));
        assertProblem(404, wiki.delete(slug, "If-Match", "*"));
        assertProblem(404, wiki.delete(slug, "If-None-Match", "*"));
    }

    @Test
    @DisplayName("DELETE twice with the same ETag: 204 then 404 (RFC 9110 §13.2.1)")
    void deleteTwiceIs204Then404() {
        String slug = slug("del-twice");
        Reply before = existing(slug);
        assertStatus(204, wiki.delete(slug, "If-Match", before.etag()));
        assertProblem(404, wiki.delete(slug, "If-Match", before.etag()));
    }
}
