package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertPage;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static io.precondition.sample.WikiAssertions.assertWriteVisible;
import static io.precondition.sample.support.WikiClient.JSON;
import static io.precondition.sample.support.WikiClient.MERGE_PATCH;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract row {@code PATCH /pages/{slug}}: JSON merge patch (RFC 7396) of title and body. */
@MicronautTest(transactional = false)
class PagePatchTest extends WikiTestBase {

    private Reply existing(String slug) {
        wiki.create(slug, "Original title", "Original body");
        return wiki.current(slug);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {MERGE_PATCH, JSON, "application/merge-patch+json; charset=utf-8"})
    @DisplayName("merge patch with matching If-Match: 200 + new ETag + JSON, as the next GET (RFC 7396, RFC 9110 §13.1.1)")
    void patchWithMatchingIfMatchIs200(String contentType) {
        String slug = slug("patch");
        Reply before = existing(slug);
        Reply patched = wiki.patch(slug, contentType, Json.object("title", "Patched"), "If-Match", before.etag());
        assertStatus(200, patched);
        assertPage(patched, slug, "Patched", "Original body");
        assertNotEquals(before.etag(), patched.etag(), "a write changes the ETag" + patched);
        assertWriteVisible(wiki, slug, patched);
    }

    @Test
    @DisplayName("merge patch of body only keeps the title (RFC 7396 §2)")
    void patchOfBodyKeepsTitle() {
        String slug = slug("patch-body");
        Reply before = existing(slug);
        Reply patched = wiki.patch(slug, MERGE_PATCH, Json.object("body", "New body"), "If-Match", before.etag());
        assertStatus(200, patched);
        assertPage(patched, slug, "Original title", "New body");
        assertWriteVisible(wiki, slug, patched);
    }

    @Test
    @DisplayName("empty merge patch {} is still a write: 200 with a new ETag")
    void patchWithEmptyObjectStillChangesETag() {
        String slug = slug("patch-empty");
        Reply before = existing(slug);
        Reply patched = wiki.patch(slug, MERGE_PATCH, "{}", "If-Match", before.etag());
        assertStatus(200, patched);
        assertPage(patched, slug, "Original title", "Original body");
        assertNotEquals(before.etag(), patched.etag(), "every successful write changes the ETag" + patched);
        assertWriteVisible(wiki, slug, patched);
    }

    @Test
    @DisplayName("merge patch with a passing If-Unmodified-Since: 200 (RFC 9110 §13.1.4)")
    void patchWithIfUnmodifiedSinceIs200() {
        String slug = slug("patch-ius");
        Reply before = existing(slug);
        Reply patched = wiki.patch(slug, MERGE_PATCH, Json.object("title", "By date"),
                "If-Unmodified-Since", before.lastModified());
        assertStatus(200, patched);
        assertWriteVisible(wiki, slug, patched);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/xml", "application/json-patch+json"})
    @DisplayName("other Content-Type: 415, before preconditions (RFC 9110 §15.5.16, §13.2.1)")
    void patchWithOtherContentTypeIs415(String contentType) {
        String slug = slug("patch-415");
        Reply before = existing(slug);
        String patch = Json.object("title", "x");
        assertProblem(415, wiki.patch(slug, contentType, patch, "If-Match", before.etag()));
        assertProblem(415, wiki.patch(slug, contentType, patch));
        assertProblem(415, wiki.patch(slug, contentType, patch, "If-Match", "\"stale\""));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("PATCH of an absent page: 404, before preconditions and before the body (RFC 9110 §13.2.1)")
    void patchAbsentPageIs404() {
        String slug = slug("patch-absent");
        String patch = Json.object("title", "x");
        assertProblem(404, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", "\"stale\""));
        assertProblem(404, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", "*"));
        assertProblem(404, wiki.patch(slug, MERGE_PATCH, patch));
        assertProblem(404, wiki.patch(slug, MERGE_PATCH, "{\"title\": ", "If-Match", "\"stale\""));
        assertProblem(404, wiki.patch(slug, MERGE_PATCH, "{\"title\": "));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("stale If-Match: 412 and page unchanged (RFC 9110 §13.1.1)")
    void patchWithStaleIfMatchIs412() {
        String slug = slug("patch-stale");
        Reply created = wiki.create(slug, "t", "b");
        wiki.replace(slug, created.etag(), "t2", "b2");
        Reply before = wiki.current(slug);
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "lost"), "If-Match", created.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("weak If-Match of the current tag: 412 (RFC 9110 §13.1.1 strong comparison)")
    void patchWithWeakIfMatchIs412() {
        String slug = slug("patch-weak");
        Reply before = existing(slug);
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"), "If-Match", "W/" + before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("no precondition: 428 (RFC 6585 §3)")
    void patchWithoutPreconditionIs428() {
        String slug = slug("patch-428");
        Reply before = existing(slug);
        assertProblem(428, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x")));
        assertProblem(428, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"), "If-None-Match", "\"other\""));
        assertProblem(428, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"),
                "If-Modified-Since", before.lastModified()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-None-Match: * on an existing page: 412 (RFC 9110 §13.1.2)")
    void patchWithIfNoneMatchStarIs412() {
        String slug = slug("patch-inm-star");
        Reply before = existing(slug);
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"), "If-None-Match", "*"));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("malformed If-Match: 412, never 428 (rule 4)")
    void patchWithMalformedIfMatchIs412() {
        String slug = slug("patch-malformed");
        Reply before = existing(slug);
        String inner = before.etag().substring(1, before.etag().length() - 1);
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"), "If-Match", inner));
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "x"), "If-Match", ""));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("null title in the merge patch removes a required member: 400 (RFC 7396 §2)")
    void patchWithNullTitleIs400() {
        String slug = slug("patch-null");
        Reply before = existing(slug);
        assertProblem(400, wiki.patch(slug, MERGE_PATCH, "{\"title\": null}", "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "patch: {0}")
    @ValueSource(strings = {"\"just a string\"", "[]", "42", "{\"title\": 42}", "{\"body\": {\"x\": 1}}"})
    @DisplayName("merge patch giving an invalid page: 400 (RFC 7396 §2)")
    void patchGivingInvalidPageIs400(String patch) {
        String slug = slug("patch-invalid");
        Reply before = existing(slug);
        assertProblem(400, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("bad JSON: 412 with a failing precondition, 428 without one, 400 with a passing one (rule 2, RFC 9110 §13.2.1)")
    void patchWithBadJsonDependsOnPreconditions() {
        String slug = slug("patch-bad-json");
        Reply before = existing(slug);
        String bad = "{\"title\": ";
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, bad, "If-Match", "\"stale\""));
        assertProblem(428, wiki.patch(slug, MERGE_PATCH, bad));
        assertProblem(400, wiki.patch(slug, MERGE_PATCH, bad, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("title over 200 code points: 412 with a stale If-Match, else 400 (rule 2)")
    void patchWithTooLongTitleIs400AfterPreconditions() {
        String slug = slug("patch-long-title");
        Reply before = existing(slug);
        String patch = Json.object("title", "x".repeat(201));
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", "\"stale\""));
        assertProblem(400, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("patched ETag is stale for the next patch: 412 (RFC 9110 §13.1.1)")
    void patchWithETagOfPreviousVersionIs412() {
        String slug = slug("patch-twice");
        Reply before = existing(slug);
        Reply first = wiki.patch(slug, MERGE_PATCH, Json.object("title", "one"), "If-Match", before.etag());
        assertStatus(200, first);
        Reply current = wiki.current(slug);
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "two"), "If-Match", before.etag()));
        assertUnchanged(wiki, slug, current);
        String older = HttpDates.imfFixdate(before.lastModifiedInstant().minusSeconds(1));
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, Json.object("title", "two"), "If-Unmodified-Since", older));
        assertUnchanged(wiki, slug, current);
    }
}
