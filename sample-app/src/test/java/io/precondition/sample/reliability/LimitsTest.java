package io.precondition.sample.reliability;

import static io.precondition.sample.WikiAssertions.assertNotModified;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue "reliability" item 5, the limits of README's Limits table that no other test covers at their boundary:
 * the number of tags in one If-Match / If-None-Match (64; more: 431), the header section (8192 bytes, over several lines too),
 * and the request line. The body limits (8 MiB Content-Length: 413 before preconditions; 1 MiB body field: 413) are
 * in RequestValidationTest, one oversized header line (16 KiB to 256 KiB) in HeaderFuzzTest.
 */
@MicronautTest(transactional = false)
class LimitsTest extends WikiTestBase {
    /** EntityTagList.MAX_TAGS, written out: the test must fail if the documented limit changes. */
    static final int MAX_TAGS = 64;

    private static String tags(int others, String last) {
        StringJoiner out = new StringJoiner(", ");
        for (int i = 0; i < others; i++) {
            out.add("\"other-" + i + "\"");
        }
        return out.add(last).toString();
    }

    @Test
    @DisplayName("If-Match with 64 tags (the current one last) matches: 200; with 65 it is not evaluated: 431 naming the field and the limit, page unchanged (RFC 6585 §5)")
    void ifMatchListOf64MatchesAnd65Is431() {
        String slug = slug("limit-tags");
        create(slug);
        Reply before = wiki.current(slug);
        Reply over = wiki.put(slug, Json.page(slug, "65 tags", "x"), "If-Match", tags(MAX_TAGS, before.etag()));
        assertProblem(431, over);
        assertTrue(over.text().contains("If-Match") && over.text().contains("64"), over.text());
        assertUnchanged(wiki, slug, before);
        Reply at = wiki.put(slug, Json.page(slug, "64 tags", "x"), "If-Match", tags(MAX_TAGS - 1, before.etag()));
        assertStatus(200, at);
    }

    @Test
    @DisplayName("If-None-Match with 64 tags (the current one last) gives 304; with 65 it is 431 on GET and HEAD alike, never a 200 (RFC 6585 §5)")
    void ifNoneMatchListOf64MatchesAnd65Is431() {
        String slug = slug("limit-inm");
        create(slug);
        Reply ok = wiki.current(slug);
        assertNotModified(wiki.getPage(slug, "If-None-Match", tags(MAX_TAGS - 1, ok.etag())), ok);
        Reply over = wiki.getPage(slug, "If-None-Match", tags(MAX_TAGS, ok.etag()));
        assertProblem(431, over);
        assertTrue(over.text().contains("If-None-Match"), over.text());
        assertStatus(431, wiki.headPage(slug, "If-None-Match", tags(MAX_TAGS, ok.etag())));
        assertStatus(431, wiki.get("/pages", "If-None-Match", tags(MAX_TAGS, "\"x\"")));
    }

    @Test
    @DisplayName("A write whose If-None-Match lists the current tag among 65 is refused (431), never applied: a limit never turns a failing If-None-Match into a passing one")
    void writeWithOversizedIfNoneMatchListingTheCurrentTagIsNotApplied() {
        String slug = slug("limit-write");
        create(slug);
        Reply before = wiki.current(slug);
        String inm = tags(MAX_TAGS, before.etag());
        assertProblem(431, wiki.patch(slug, "application/merge-patch+json", "{\"title\":\"p\"}",
                "If-Match", before.etag(), "If-None-Match", inm));
        assertProblem(431, wiki.put(slug, Json.page(slug, "t", "b"), "If-Match", before.etag(), "If-None-Match", inm));
        assertProblem(431, wiki.delete(slug, "If-Match", before.etag(), "If-None-Match", inm));
        assertUnchanged(wiki, slug, before);
        // Within the limit the same If-None-Match matches the current tag: 412 (RFC 9110 §13.1.2).
        assertProblem(412, wiki.patch(slug, "application/merge-patch+json", "{\"title\":\"p\"}",
                "If-Match", before.etag(), "If-None-Match", tags(MAX_TAGS - 1, before.etag())));
    }

    @Test
    @DisplayName("header section: 6000 bytes of If-None-Match is read; 3 lines of 3000 bytes (9000 in all) get 431, never 5xx or a dropped connection")
    void headerSectionLimitCountsAllLines() {
        String slug = slug("limit-header");
        create(slug);
        Reply before = wiki.current(slug);
        String value = "\"" + "y".repeat(2998) + "\"";
        Reply under = RawHttp.request(wiki.port(), "GET", "/pages/" + slug)
                .header("If-None-Match", value).header("If-None-Match", value).send();
        assertStatus(200, under);
        Reply over = RawHttp.request(wiki.port(), "PUT", "/pages/" + slug).header("If-Match", value)
                .header("If-Match", value).header("If-Match", value + ", " + before.etag())
                .header("Content-Type", "application/json").body(Json.page(slug, "big", "x")).send();
        assertProblem(431, over);
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("a header section over 8192 bytes gets 431 on GET and HEAD alike, for one page and for the list; HEAD with GET's header fields and no content (RFC 6585 §5, RFC 9110 §9.3.2)")
    void oversizedHeaderSectionIs431OnGetAndHead() {
        String slug = slug("limit-head");
        create(slug);
        String value = "\"" + "h".repeat(2998) + "\"";
        for (String path : List.of("/pages/" + slug, "/pages")) {
            Reply get = RawHttp.request(wiki.port(), "GET", path).header("If-None-Match", value)
                    .header("If-None-Match", value).header("If-None-Match", value).send();
            assertProblem(431, get);
            Reply head = RawHttp.request(wiki.port(), "HEAD", path).header("If-None-Match", value)
                    .header("If-None-Match", value).header("If-None-Match", value).readBodyToEof().send();
            assertStatus(431, head);
            assertEquals("", head.text(), "HEAD has no content: " + head);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), "HEAD has GET's fields: " + head);
            assertEquals(get.header("Content-Length"), head.header("Content-Length"), "HEAD has GET's fields: " + head);
        }
    }

    @Test
    @DisplayName("a request line over 4096 bytes (a slug of 5000 characters) is 414 URI Too Long on every method, never 5xx or a dropped connection (RFC 9110 §15.5.15)")
    void longRequestLineIs414() {
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            Reply reply = RawHttp.request(wiki.port(), method, "/pages/" + "a".repeat(5000)).send();
            assertProblem(414, reply);
            assertTrue(!reply.text().contains("bad-request"), "no stand-in path: " + reply);
        }
    }
}
