package io.precondition.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Assertions shared by the contract tests; each message shows the request and the whole response. */
public final class WikiAssertions {
    /** A strong entity-tag (RFC 9110 §8.8.3): DQUOTE *etagc DQUOTE. */
    static final Pattern STRONG_ETAG = Pattern.compile("^\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"$");
    /** A weak entity-tag. */
    static final Pattern WEAK_ETAG = Pattern.compile("^W/\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"$");

    private WikiAssertions() {
    }

    public static void assertStatus(int expected, Reply reply) {
        if (reply.status() != expected) {
            fail("expected status " + expected + " but got " + reply.status() + reply);
        }
    }

    /** The status, and an RFC 9457 problem body with at least {@code status} and {@code title}. */
    public static void assertProblem(int expected, Reply reply) {
        assertStatus(expected, reply);
        String type = reply.contentType();
        assertTrue(type != null && type.toLowerCase(Locale.ROOT).startsWith("application/problem+json"),
                "error body must be application/problem+json (RFC 9457)" + reply);
        Map<String, Object> problem;
        try {
            problem = reply.jsonObject();
        } catch (IllegalArgumentException e) {
            throw new AssertionError("problem body is not JSON: " + e.getMessage() + reply, e);
        }
        Object status = problem.get("status");
        assertTrue(status instanceof BigDecimal && ((BigDecimal) status).intValueExact() == expected,
                "problem 'status' must be " + expected + reply);
        Object title = problem.get("title");
        assertTrue(title instanceof String && !((String) title).isBlank(), "problem needs a 'title'" + reply);
    }

    /** 200/201 with the page's JSON and strong validators. */
    public static void assertPage(Reply reply, String slug, String title, String body) {
        assertJson(reply);
        Map<String, Object> page = reply.jsonObject();
        assertEquals(slug, page.get("slug"), "slug" + reply);
        assertEquals(title, page.get("title"), "title" + reply);
        assertEquals(body, page.get("body"), "body" + reply);
        assertStrongETag(reply);
        assertLastModified(reply);
    }

    public static void assertJson(Reply reply) {
        String type = reply.contentType();
        assertTrue(type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json"),
                "Content-Type must be application/json" + reply);
    }

    public static void assertStrongETag(Reply reply) {
        String etag = reply.etag();
        assertNotNull(etag, "ETag missing" + reply);
        assertTrue(STRONG_ETAG.matcher(etag).matches(), "ETag must be a strong quoted entity-tag" + reply);
    }

    /** Last-Modified in IMF-fixdate, not later than the response's Date (RFC 9110 §8.8.2, §5.6.7). */
    public static Instant assertLastModified(Reply reply) {
        String value = reply.lastModified();
        assertNotNull(value, "Last-Modified missing" + reply);
        assertTrue(HttpDates.IMF_FIXDATE.matcher(value).matches(), "Last-Modified must be IMF-fixdate" + reply);
        Instant lastModified = HttpDates.parseImfFixdate(value);
        String date = reply.header("Date");
        assertNotNull(date, "Date missing (RFC 9110 §6.6.1)" + reply);
        Instant sent = HttpDates.parseImfFixdate(date);
        assertFalse(lastModified.isAfter(sent), "Last-Modified must not be later than Date" + reply);
        return lastModified;
    }

    public static void assertNoCache(Reply reply) {
        String value = reply.header("Cache-Control");
        assertNotNull(value, "Cache-Control missing" + reply);
        boolean noCache = Arrays.stream(value.split(","))
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .anyMatch(d -> d.equals("no-cache"));
        assertTrue(noCache, "Cache-Control must carry no-cache" + reply);
    }

    /** A 304 for the representation {@code ok} (RFC 9110 §15.4.5): same ETag and Cache-Control, no body. */
    public static void assertNotModified(Reply reply, Reply ok) {
        assertStatus(304, reply);
        assertEquals(ok.etag(), reply.etag(), "304 must carry the same ETag" + reply);
        assertNoCache(reply);
        assertEquals(ok.header("Cache-Control"), reply.header("Cache-Control"), "same Cache-Control" + reply);
        assertEquals(0, reply.body().length, "304 has no body" + reply);
        if (reply.lastModified() != null) {
            assertEquals(ok.lastModified(), reply.lastModified(), "a 304's Last-Modified, if sent, is the same"
                    + reply);
        }
    }

    /** {@code Content-Location: /pages/{slug}} (absolute or relative). */
    public static void assertContentLocation(Reply reply, String slug) {
        String value = reply.header("Content-Location");
        assertNotNull(value, "Content-Location missing" + reply);
        assertEquals(WikiClient.path(slug), URI.create(value).getPath(), "Content-Location" + reply);
    }

    /** The page still has exactly the representation {@code before} (same ETag, same JSON). */
    public static void assertUnchanged(WikiClient wiki, String slug, Reply before) {
        Reply now = wiki.getPage(slug);
        assertStatus(200, now);
        assertEquals(before.etag(), now.etag(), "page must be unchanged (ETag)" + now);
        assertEquals(before.json(), now.json(), "page must be unchanged (JSON)" + now);
    }

    public static void assertAbsent(WikiClient wiki, String slug) {
        assertProblem(404, wiki.getPage(slug));
    }

    /** A successful write: the response describes the stored page exactly as the next GET does. */
    public static Reply assertWriteVisible(WikiClient wiki, String slug, Reply write) {
        assertContentLocation(write, slug);
        assertStrongETag(write);
        assertLastModified(write);
        assertJson(write);
        Reply now = wiki.getPage(slug);
        assertStatus(200, now);
        assertEquals(write.etag(), now.etag(), "the write's ETag equals the next GET's (RFC 9110 §8.7)" + now);
        assertEquals(write.lastModified(), now.lastModified(), "the write's Last-Modified equals the next GET's"
                + now);
        assertEquals(write.json(), now.json(), "the write's body equals the next GET's" + now);
        return now;
    }
}
