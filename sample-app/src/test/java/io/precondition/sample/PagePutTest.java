package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertContentLocation;
import static io.precondition.sample.WikiAssertions.assertPage;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static io.precondition.sample.WikiAssertions.assertWriteVisible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract row {@code PUT /pages/{slug}}: create and replace, with rules 1, 3 and 4. */
@MicronautTest(transactional = false)
class PagePutTest extends WikiTestBase {

    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    private static String page(String slug, String title) {
        return Json.page(slug, title, "body " + title);
    }

    // ---- create ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("create with If-None-Match: * on an absent page: 201 + Location + ETag + Last-Modified + Content-Location + JSON (RFC 9110 §9.3.4, §13.1.2)")
    void putWithIfNoneMatchStarOnAbsentPageIs201() {
        String slug = slug("create");
        Reply created = wiki.put(slug, Json.page(slug, "New page", "Its body"), "If-None-Match", "*");
        assertStatus(201, created);
        assertPage(created, slug, "New page", "Its body");
        String location = created.header("Location");
        assertNotNull(location, "Location missing" + created);
        assertEquals(WikiClient.path(slug), URI.create(location).getPath(), "Location" + created);
        assertContentLocation(created, slug);
        assertWriteVisible(wiki, slug, created);
    }

    @Test
    @DisplayName("create without any precondition: 428 and nothing stored (RFC 6585 §3)")
    void putWithoutPreconditionOnAbsentPageIs428() {
        String slug = slug("create-unguarded");
        assertProblem(428, wiki.put(slug, page(slug, "x")));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("create with If-None-Match of other tags (not *): 428 (RFC 6585 §3, rule 3)")
    void putWithIfNoneMatchOtherTagsOnAbsentPageIs428() {
        String slug = slug("create-inm-tag");
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-None-Match", "\"abc\""));
        assertAbsent(wiki, slug);
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"*", "\"abc\"", "W/\"abc\""})
    @DisplayName("If-Match (even *) on an absent page: 412 for PUT (RFC 9110 §13.1.1)")
    void putWithIfMatchOnAbsentPageIs412(String ifMatch) {
        String slug = slug("create-im");
        assertProblem(412, wiki.put(slug, page(slug, "x"), "If-Match", ifMatch));
        assertProblem(412, wiki.put(slug, page(slug, "x"), "If-Match", ifMatch, "If-None-Match", "*"));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("If-Unmodified-Since on an absent page is ignored: 428 (RFC 9110 §13.1.4, rule 3)")
    void putWithIfUnmodifiedSinceOnAbsentPageIsIgnoredSo428() {
        String slug = slug("create-ius");
        String now = HttpDates.imfFixdate(Instant.now());
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-Unmodified-Since", now));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("If-Modified-Since alone on an absent page: ignored on PUT, 428 (RFC 9110 §13.1.3)")
    void putWithIfModifiedSinceOnlyOnAbsentPageIs428() {
        String slug = slug("create-ims");
        String old = HttpDates.imfFixdate(Instant.parse("2000-01-01T00:00:00Z"));
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-Modified-Since", old));
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("If-None-Match: * on an existing page: 412 and page unchanged (RFC 9110 §13.1.2)")
    void putWithIfNoneMatchStarOnExistingPageIs412() {
        String slug = slug("create-exists");
        Reply before = existing(slug);
        assertProblem(412, wiki.put(slug, page(slug, "again"), "If-None-Match", "*"));
        assertUnchanged(wiki, slug, before);
    }

    // ---- replace ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("replace with matching If-Match: 200 + new ETag + Last-Modified + Content-Location + JSON, as the next GET (RFC 9110 §13.1.1, §8.7)")
    void putWithMatchingIfMatchIs200WithNewETag() {
        String slug = slug("replace");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, Json.page(slug, "Replaced", "New body"), "If-Match", before.etag());
        assertStatus(200, replaced);
        assertPage(replaced, slug, "Replaced", "New body");
        assertNotEquals(before.etag(), replaced.etag(), "a write changes the ETag" + replaced);
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("replace with identical content still gives a new ETag (rule: every successful write changes the ETag)")
    void putWithIdenticalContentStillChangesETag() {
        String slug = slug("same");
        Reply created = wiki.create(slug, "Same", "Same body");
        Reply replaced = wiki.put(slug, Json.page(slug, "Same", "Same body"), "If-Match", created.etag());
        assertStatus(200, replaced);
        assertNotEquals(created.etag(), replaced.etag(), "identical content, new ETag" + replaced);
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("stale If-Match: 412 and page unchanged (RFC 9110 §13.1.1)")
    void putWithStaleIfMatchIs412AndChangesNothing() {
        String slug = slug("stale");
        Reply created = create(slug);
        wiki.replace(slug, created.etag(), "Second", "second body");
        Reply before = wiki.current(slug);
        assertProblem(412, wiki.put(slug, page(slug, "Lost update"), "If-Match", created.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-Match with another page's current tag: 412 and neither page changes (RFC 9110 §13.1.1: the tag names a state of the target resource)")
    void putWithAnotherPagesTagIs412AndChangesNeither() {
        // The PUT skips its lookup for a single strong If-Match; the write itself must still be keyed by the URL.
        String target = slug("target");
        String other = slug("other");
        create(target);
        Reply otherPage = create(other);
        Reply targetBefore = wiki.current(target);
        Reply otherBefore = wiki.current(other);
        assertProblem(412, wiki.put(target, page(target, "Through the other's tag"), "If-Match", otherPage.etag()));
        assertUnchanged(wiki, target, targetBefore);
        assertUnchanged(wiki, other, otherBefore);
    }

    @Test
    @DisplayName("If-Match with a tag of a deleted page on its re-created slug: 412 (RFC 9110 §8.8.1, §13.1.1)")
    void putWithTagOfDeletedPageOnRecreatedSlugIs412() {
        String slug = slug("recreated");
        Reply first = create(slug);
        assertStatus(204, wiki.delete(slug, "If-Match", first.etag()));
        create(slug);
        Reply before = wiki.current(slug);
        assertProblem(412, wiki.put(slug, page(slug, "Into the new page"), "If-Match", first.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("weak If-Match W/ of the current tag: 412, If-Match uses strong comparison (RFC 9110 §13.1.1, §8.8.3.2)")
    void putWithWeakIfMatchOfCurrentTagIs412() {
        String slug = slug("weak");
        Reply before = existing(slug);
        assertProblem(412, wiki.put(slug, page(slug, "weak"), "If-Match", "W/" + before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-Match: * on an existing page: 200 (RFC 9110 §13.1.1)")
    void putWithIfMatchStarOnExistingPageIs200() {
        String slug = slug("star");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, page(slug, "star"), "If-Match", "*");
        assertStatus(200, replaced);
        assertNotEquals(before.etag(), replaced.etag());
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("If-Match list containing the current ETag: 200 (RFC 9110 §13.1.1, §5.6.1)")
    void putWithIfMatchListContainingCurrentTagIs200() {
        String slug = slug("list");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, page(slug, "list"), "If-Match", "\"a,b\", W/\"c\"," + before.etag());
        assertStatus(200, replaced);
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("several If-Match header lines form one list: 200 (RFC 9110 §5.3)")
    void severalIfMatchLinesFormOneList() {
        String slug = slug("lines");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, page(slug, "lines"),
                "If-Match", "\"x\", \"y\"", "If-Match", before.etag());
        assertStatus(200, replaced);
        assertNotEquals(before.etag(), replaced.etag());
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("several If-Match header lines, none with the current tag: 412 (RFC 9110 §5.3)")
    void severalIfMatchLinesWithoutCurrentTagAre412() {
        String slug = slug("lines-stale");
        Reply before = existing(slug);
        assertProblem(412, wiki.put(slug, page(slug, "lines"), "If-Match", "\"x\"", "If-Match", "\"y\""));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "If-Match: [{0}]")
    @ValueSource(strings = {"", " ", "garbage", "{inner}", "{unterminated}", "\"unterminated", "W/", "W/{inner}",
        "{tag} {tag}", "{tag};", "'{inner}'", "{tag}\"", "\"\\\"", "W/ {tag}", "w/{tag}"})
    @DisplayName("malformed If-Match never matches: 412, never 428, never a write (rule 4, RFC 9110 §13.1.1)")
    void putWithMalformedIfMatchIs412NeverWrite(String template) {
        String slug = slug("malformed");
        Reply before = existing(slug);
        String tag = before.etag();
        String inner = tag.substring(1, tag.length() - 1);
        String value = template.replace("{tag}", tag).replace("{inner}", inner)
                .replace("{unterminated}", tag.substring(0, tag.length() - 1));
        assertProblem(412, wiki.put(slug, page(slug, "malformed"), "If-Match", value));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("replace with no precondition at all: 428 (RFC 6585 §3)")
    void putWithoutPreconditionOnExistingPageIs428() {
        String slug = slug("unguarded");
        Reply before = existing(slug);
        assertProblem(428, wiki.put(slug, page(slug, "unguarded")));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-None-Match with other tags alone on an existing page: 428 (RFC 6585 §3, rule 3)")
    void putWithIfNoneMatchOtherTagsAloneOnExistingPageIs428() {
        String slug = slug("inm-alone");
        Reply before = existing(slug);
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-None-Match", "\"nope\""));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-Modified-Since alone on an existing page: ignored on PUT, 428 (RFC 9110 §13.1.3)")
    void putWithIfModifiedSinceOnlyIs428() {
        String slug = slug("ims-only");
        Reply before = existing(slug);
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-Modified-Since", before.lastModified()));
        String old = HttpDates.imfFixdate(before.lastModifiedInstant().minusSeconds(3600));
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-Modified-Since", old));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "If-Unmodified-Since: {0}")
    @ValueSource(strings = {"not a date", "{iso}", "{lm} x", "0", "-1"})
    @DisplayName("If-Unmodified-Since that is not an HTTP-date, alone: ignored, 428 (RFC 9110 §13.1.4, rule 3)")
    void putWithInvalidDateIfUnmodifiedSinceAloneIs428(String template) {
        String slug = slug("ius-invalid");
        Reply before = existing(slug);
        String value = template.replace("{iso}", before.lastModifiedInstant().plusSeconds(60).toString())
                .replace("{lm}", before.lastModified());
        assertProblem(428, wiki.put(slug, page(slug, "x"), "If-Unmodified-Since", value));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("If-Unmodified-Since equal to Last-Modified: 200 (RFC 9110 §13.1.4)")
    void putWithIfUnmodifiedSinceEqualToLastModifiedIs200() {
        String slug = slug("ius-eq");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, page(slug, "ius"), "If-Unmodified-Since", before.lastModified());
        assertStatus(200, replaced);
        assertNotEquals(before.etag(), replaced.etag());
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("If-Unmodified-Since later than Last-Modified: 200 (RFC 9110 §13.1.4)")
    void putWithIfUnmodifiedSinceLaterThanLastModifiedIs200() {
        String slug = slug("ius-later");
        Reply before = existing(slug);
        String later = HttpDates.imfFixdate(before.lastModifiedInstant().plusSeconds(3600));
        Reply replaced = wiki.put(slug, page(slug, "ius"), "If-Unmodified-Since", later);
        assertStatus(200, replaced);
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("If-Unmodified-Since in RFC 850 and asctime forms: 200 (RFC 9110 §5.6.7)")
    void putWithIfUnmodifiedSinceInObsoleteDateFormsIs200() {
        String slug = slug("ius-obs");
        Reply before = existing(slug);
        Reply first = wiki.put(slug, page(slug, "rfc850"), "If-Unmodified-Since",
                HttpDates.rfc850(before.lastModifiedInstant().plusSeconds(3600)));
        assertStatus(200, first);
        Reply second = wiki.put(slug, page(slug, "asctime"), "If-Unmodified-Since",
                HttpDates.asctime(first.lastModifiedInstant().plusSeconds(3600)));
        assertStatus(200, second);
        assertWriteVisible(wiki, slug, second);
    }

    @Test
    @DisplayName("If-Unmodified-Since older than Last-Modified: 412 (RFC 9110 §13.1.4)")
    void putWithIfUnmodifiedSinceOlderThanLastModifiedIs412() {
        String slug = slug("ius-old");
        Reply before = existing(slug);
        String older = HttpDates.imfFixdate(before.lastModifiedInstant().minusSeconds(1));
        assertProblem(412, wiki.put(slug, page(slug, "x"), "If-Unmodified-Since", older));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("matching If-Match makes If-Unmodified-Since irrelevant: 200 (RFC 9110 §13.2.2 steps 1-2)")
    void putWithMatchingIfMatchAndOlderIfUnmodifiedSinceIs200() {
        String slug = slug("im-ius");
        Reply before = existing(slug);
        String older = HttpDates.imfFixdate(before.lastModifiedInstant().minusSeconds(3600));
        Reply replaced = wiki.put(slug, page(slug, "x"), "If-Match", before.etag(), "If-Unmodified-Since", older);
        assertStatus(200, replaced);
        assertWriteVisible(wiki, slug, replaced);
    }

    @Test
    @DisplayName("failing If-Match wins over a passing If-Unmodified-Since: 412 (RFC 9110 §13.2.2 step 1)")
    void putWithStaleIfMatchAndPassingIfUnmodifiedSinceIs412() {
        String slug = slug("im-stale-ius");
        Reply before = existing(slug);
        String later = HttpDates.imfFixdate(before.lastModifiedInstant().plusSeconds(3600));
        assertProblem(412, wiki.put(slug, page(slug, "x"), "If-Match", "\"nope\"", "If-Unmodified-Since", later));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"*", "{tag}", "W/{tag}"})
    @DisplayName("passing If-Match, then matching If-None-Match: 412 on PUT (RFC 9110 §13.2.2 step 3)")
    void putWithMatchingIfMatchAndMatchingIfNoneMatchIs412(String template) {
        String slug = slug("im-inm");
        Reply before = existing(slug);
        String inm = template.replace("{tag}", before.etag());
        assertProblem(412, wiki.put(slug, page(slug, "x"), "If-Match", before.etag(), "If-None-Match", inm));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("passing If-Match, non-matching If-None-Match: 200 (RFC 9110 §13.2.2 step 3)")
    void putWithMatchingIfMatchAndOtherIfNoneMatchIs200() {
        String slug = slug("im-inm-ok");
        Reply before = existing(slug);
        Reply replaced = wiki.put(slug, page(slug, "x"), "If-Match", before.etag(), "If-None-Match", "\"other\"");
        assertStatus(200, replaced);
        assertWriteVisible(wiki, slug, replaced);
    }
}
