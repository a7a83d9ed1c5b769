package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertJson;
import static io.precondition.sample.WikiAssertions.assertLastModified;
import static io.precondition.sample.WikiAssertions.assertNoCache;
import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertPage;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertStrongETag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract rows {@code GET /pages/{slug}} and {@code HEAD /pages/{slug}}. */
@MicronautTest(transactional = false)
class PageReadTest extends WikiTestBase {

    /** Creates a page and returns its 200 GET. */
    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    @Test
    @DisplayName("GET existing page: 200 JSON + strong ETag + Last-Modified + Cache-Control: no-cache (RFC 9110 §8.8)")
    void getExistingPageIs200WithValidators() {
        String slug = slug("read");
        wiki.create(slug, "Hello", "World");
        Reply ok = wiki.getPage(slug);
        assertStatus(200, ok);
        assertPage(ok, slug, "Hello", "World");
        assertNoCache(ok);
    }

    @Test
    @DisplayName("HEAD: same status and headers as GET, no body (RFC 9110 §9.3.2)")
    void headIsSameAsGetWithoutBody() {
        String slug = slug("head");
        Reply ok = existing(slug);
        Reply head = wiki.headPage(slug);
        assertStatus(200, head);
        assertEquals(ok.etag(), head.etag(), "ETag" + head);
        assertEquals(ok.lastModified(), head.lastModified(), "Last-Modified" + head);
        assertEquals(ok.header("Cache-Control"), head.header("Cache-Control"), "Cache-Control" + head);
        assertEquals(ok.contentType(), head.contentType(), "Content-Type" + head);
        if (head.header("Content-Length") != null) {
            assertEquals(String.valueOf(ok.body().length), head.header("Content-Length"),
                    "HEAD's Content-Length, if sent, is GET's" + head);
        }
        assertEquals(0, head.body().length, "HEAD has no body" + head);
    }

    @Test
    @DisplayName("HEAD sends no body bytes on the wire (RFC 9110 §9.3.2)")
    void headHasNoBodyOnTheWire() {
        String slug = slug("head-wire");
        existing(slug);
        Reply head = RawHttp.request(wiki.port(), "HEAD", "/pages/" + slug).readBodyToEof().send();
        assertStatus(200, head);
        assertEquals("", new String(head.body(), StandardCharsets.ISO_8859_1), "bytes after HEAD's headers" + head);
    }

    @Test
    @DisplayName("HEAD absent page: 404 (RFC 9110 §9.3.2)")
    void headAbsentPageIs404() {
        Reply head = wiki.headPage(slug("absent"));
        assertStatus(404, head);
        assertEquals(0, head.body().length, "HEAD has no body" + head);
    }

    @Test
    @DisplayName("If-None-Match with the current ETag: 304 (RFC 9110 §13.1.2)")
    void getWithMatchingIfNoneMatchIs304() {
        String slug = slug("inm");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", ok.etag()), ok);
    }

    @Test
    @DisplayName("HEAD with the current ETag in If-None-Match: 304 (RFC 9110 §13.1.2)")
    void headWithMatchingIfNoneMatchIs304() {
        String slug = slug("inm-head");
        Reply ok = existing(slug);
        assertNotModified(wiki.headPage(slug, "If-None-Match", ok.etag()), ok);
    }

    @Test
    @DisplayName("If-None-Match list containing the current ETag: 304 (RFC 9110 §13.1.2)")
    void getWithIfNoneMatchListContainingTagIs304() {
        String slug = slug("inm-list");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", "\"nope\", " + ok.etag() + ", W/\"other\""), ok);
        assertNotModified(wiki.getPage(slug, "If-None-Match", "\"a,b\"," + ok.etag()), ok);
    }

    @Test
    @DisplayName("If-None-Match on several header lines forms one list: 304 (RFC 9110 §5.3)")
    void getWithIfNoneMatchOnSeveralLinesIs304() {
        String slug = slug("inm-lines");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", "\"nope\"", "If-None-Match", ok.etag()), ok);
    }

    @Test
    @DisplayName("If-None-Match with the weak form W/ of the current tag: 304, weak comparison (RFC 9110 §13.1.2, §8.8.3.2)")
    void getWithWeakFormOfCurrentTagInIfNoneMatchIs304() {
        String slug = slug("inm-weak");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", "W/" + ok.etag()), ok);
    }

    @Test
    @DisplayName("If-None-Match: * on an existing page: 304 (RFC 9110 §13.1.2)")
    void getWithIfNoneMatchStarIs304() {
        String slug = slug("inm-star");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", "*"), ok);
    }

    @Test
    @DisplayName("If-None-Match with other tags only: 200 (RFC 9110 §13.1.2)")
    void getWithNonMatchingIfNoneMatchIs200() {
        String slug = slug("inm-other");
        Reply ok = existing(slug);
        Reply reply = wiki.getPage(slug, "If-None-Match", "\"nope\", W/\"other\"");
        assertStatus(200, reply);
        assertEquals(ok.json(), reply.json());
        assertEquals(ok.etag(), reply.etag());
    }

    @Test
    @DisplayName("If-Modified-Since equal to Last-Modified: 304 (RFC 9110 §13.1.3)")
    void getWithIfModifiedSinceEqualToLastModifiedIs304() {
        String slug = slug("ims");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-Modified-Since", ok.lastModified()), ok);
        assertNotModified(wiki.headPage(slug, "If-Modified-Since", ok.lastModified()), ok);
    }

    @Test
    @DisplayName("If-Modified-Since later than Last-Modified: 304 (RFC 9110 §13.1.3)")
    void getWithIfModifiedSinceLaterThanLastModifiedIs304() {
        String slug = slug("ims-later");
        Reply ok = existing(slug);
        String later = HttpDates.imfFixdate(ok.lastModifiedInstant().plusSeconds(1));
        assertNotModified(wiki.getPage(slug, "If-Modified-Since", later), ok);
    }

    @Test
    @DisplayName("If-Modified-Since in the obsolete RFC 850 and asctime forms: 304 (RFC 9110 §5.6.7)")
    void getWithIfModifiedSinceInObsoleteDateFormsIs304() {
        String slug = slug("ims-obs");
        Reply ok = existing(slug);
        Instant lm = ok.lastModifiedInstant();
        assertNotModified(wiki.getPage(slug, "If-Modified-Since", HttpDates.rfc850(lm)), ok);
        assertNotModified(wiki.getPage(slug, "If-Modified-Since", HttpDates.asctime(lm)), ok);
    }

    @Test
    @DisplayName("If-Modified-Since older than Last-Modified: 200 (RFC 9110 §13.1.3)")
    void getWithIfModifiedSinceOlderIs200() {
        String slug = slug("ims-old");
        Reply ok = existing(slug);
        String older = HttpDates.imfFixdate(ok.lastModifiedInstant().minusSeconds(1));
        Reply reply = wiki.getPage(slug, "If-Modified-Since", older);
        assertStatus(200, reply);
        assertEquals(ok.json(), reply.json());
    }

    @Test
    @DisplayName("If-Modified-Since is ignored when If-None-Match is present: 200 (RFC 9110 §13.1.3, §13.2.2 step 4)")
    void getWithIfModifiedSinceIgnoredWhenIfNoneMatchPresent() {
        String slug = slug("ims-inm");
        Reply ok = existing(slug);
        assertStatus(200, wiki.getPage(slug, "If-None-Match", "\"nope\"", "If-Modified-Since", ok.lastModified()));
    }

    @ParameterizedTest(name = "If-None-Match: [{0}]")
    @ValueSource(strings = {"", "garbage", "\"unterminated", "W/", "\"a\" \"b\"", ",", "W/\"x"})
    @DisplayName("malformed If-None-Match is present and matches nothing, so If-Modified-Since is ignored: 200 (RFC 9110 §13.2.2)")
    void getWithMalformedIfNoneMatchIgnoresIfModifiedSince(String malformed) {
        String slug = slug("ims-bad-inm");
        Reply ok = existing(slug);
        Reply reply = wiki.getPage(slug, "If-None-Match", malformed, "If-Modified-Since", ok.lastModified());
        assertStatus(200, reply);
        assertEquals(ok.json(), reply.json());
    }

    @ParameterizedTest(name = "If-Modified-Since: {0}")
    @ValueSource(strings = {"not a date", "{lm} trailing", "{iso}", "{lm-lowercase}", "{lm-no-gmt}"})
    @DisplayName("If-Modified-Since that is not an HTTP-date is ignored: 200 (RFC 9110 §13.1.3)")
    void getWithInvalidIfModifiedSinceIs200(String template) {
        String slug = slug("ims-invalid");
        Reply ok = existing(slug);
        String lm = ok.lastModified();
        String value = template
                .replace("{lm} trailing", lm + " trailing")
                .replace("{iso}", ok.lastModifiedInstant().toString())
                .replace("{lm-lowercase}", lm.toLowerCase(java.util.Locale.ROOT))
                .replace("{lm-no-gmt}", lm.substring(0, lm.length() - 4));
        Reply reply = wiki.getPage(slug, "If-Modified-Since", value);
        assertStatus(200, reply);
        assertEquals(ok.json(), reply.json());
    }

    @Test
    @DisplayName("If-Match that does not match: 412 on GET (RFC 9110 §13.1.1)")
    void getWithFailingIfMatchIs412() {
        String slug = slug("im-get");
        Reply ok = existing(slug);
        assertProblem(412, wiki.getPage(slug, "If-Match", "\"nope\""));
        assertProblem(412, wiki.getPage(slug, "If-Match", "W/" + ok.etag()));
        assertStatus(412, wiki.headPage(slug, "If-Match", "\"nope\""));
    }

    @Test
    @DisplayName("If-Match with the current ETag or *: 200 on GET (RFC 9110 §13.1.1)")
    void getWithMatchingIfMatchIs200() {
        String slug = slug("im-get-ok");
        Reply ok = existing(slug);
        assertStatus(200, wiki.getPage(slug, "If-Match", ok.etag()));
        assertStatus(200, wiki.getPage(slug, "If-Match", "*"));
        assertStatus(200, wiki.getPage(slug, "If-Match", "\"nope\", " + ok.etag()));
    }

    @Test
    @DisplayName("If-Match passes, If-None-Match matches: 304 on GET (RFC 9110 §13.2.2 steps 1, 3)")
    void getWithMatchingIfMatchAndMatchingIfNoneMatchIs304() {
        String slug = slug("im-inm");
        Reply ok = existing(slug);
        assertNotModified(wiki.getPage(slug, "If-Match", ok.etag(), "If-None-Match", ok.etag()), ok);
    }

    @Test
    @DisplayName("If-Match fails before If-None-Match is looked at: 412 on GET (RFC 9110 §13.2.2 step 1)")
    void getWithFailingIfMatchAndMatchingIfNoneMatchIs412() {
        String slug = slug("im-inm-fail");
        Reply ok = existing(slug);
        assertProblem(412, wiki.getPage(slug, "If-Match", "\"nope\"", "If-None-Match", ok.etag()));
    }

    @Test
    @DisplayName("If-Unmodified-Since older than Last-Modified: 412 on GET (RFC 9110 §13.1.4)")
    void getWithIfUnmodifiedSinceOlderThanLastModifiedIs412() {
        String slug = slug("ius-get");
        Reply ok = existing(slug);
        String older = HttpDates.imfFixdate(ok.lastModifiedInstant().minusSeconds(1));
        assertProblem(412, wiki.getPage(slug, "If-Unmodified-Since", older));
        assertStatus(412, wiki.headPage(slug, "If-Unmodified-Since", older));
    }

    @Test
    @DisplayName("If-Unmodified-Since equal to Last-Modified: 200 on GET (RFC 9110 §13.1.4)")
    void getWithIfUnmodifiedSinceEqualToLastModifiedIs200() {
        String slug = slug("ius-get-ok");
        Reply ok = existing(slug);
        assertStatus(200, wiki.getPage(slug, "If-Unmodified-Since", ok.lastModified()));
    }

    @Test
    @DisplayName("If-Unmodified-Since is not evaluated when If-Match is present: 200 (RFC 9110 §13.2.2 step 2)")
    void getWithMatchingIfMatchIgnoresIfUnmodifiedSince() {
        String slug = slug("im-ius");
        Reply ok = existing(slug);
        String older = HttpDates.imfFixdate(ok.lastModifiedInstant().minusSeconds(1));
        assertStatus(200, wiki.getPage(slug, "If-Match", ok.etag(), "If-Unmodified-Since", older));
    }

    @Test
    @DisplayName("GET absent page: 404 problem")
    void getAbsentPageIs404() {
        assertProblem(404, wiki.getPage(slug("absent")));
    }

    @Test
    @DisplayName("GET absent page with preconditions: 404, they are ignored when the request fails without them (RFC 9110 §13.2.1)")
    void getAbsentPageWithPreconditionsIs404() {
        String slug = slug("absent-cond");
        assertProblem(404, wiki.getPage(slug, "If-None-Match", "*"));
        assertProblem(404, wiki.getPage(slug, "If-Match", "*"));
        assertProblem(404, wiki.getPage(slug, "If-Match", "\"nope\""));
    }

    @Test
    @DisplayName("the 200 and the 304 agree on Cache-Control and ETag (RFC 9110 §15.4.5)")
    void notModifiedCarriesTheSameValidatorsAsTheOk() {
        String slug = slug("same-validators");
        Reply ok = existing(slug);
        assertJson(ok);
        assertStrongETag(ok);
        assertLastModified(ok);
        Reply notModified = wiki.getPage(slug, "If-None-Match", ok.etag());
        assertNotModified(notModified, ok);
        assertTrue(notModified.lastModified() == null || notModified.lastModified().equals(ok.lastModified()));
    }
}
