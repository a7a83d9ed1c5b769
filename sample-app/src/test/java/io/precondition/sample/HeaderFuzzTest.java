package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.ConditionalHeaderValues;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.TestSeed;
import io.precondition.sample.support.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule 4, fuzzed: adversarial conditional header values sent over a raw socket never give a 5xx or a dropped
 * connection, and a write whose If-Match is not a list containing the current tag never changes the page.
 * The seed is printed in every failure; rerun one with {@code -Dprecondition.test.fuzzSeed=<seed>}.
 */
@MicronautTest(transactional = false)
class HeaderFuzzTest extends WikiTestBase {
    private static final long SEED = TestSeed.of("precondition.test.fuzzSeed", "HeaderFuzzTest");
    private static final List<String> FIELDS =
            List.of("If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since");
    private String where(int i, String method, String field, String value) {
        return "fuzz case " + i + " (seed " + SEED + ", rerun with -Dprecondition.test.fuzzSeed=" + SEED + "): "
                + method + " " + field + ": [" + RawHttp.escape(value) + "]";
    }

    @Test
    @DisplayName("fuzzed conditional headers on GET/HEAD: never 5xx, never a dropped connection (rule 4)")
    void fuzzedConditionalHeadersOnReadsNeverFail() {
        Random random = new Random(SEED);
        String slug = slug("fuzz-read");
        String tag = create(slug).etag();
        for (int i = 0; i < 120; i++) {
            String method = random.nextInt(4) == 0 ? "HEAD" : "GET";
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            String value = ConditionalHeaderValues.value(random, tag);
            String target = random.nextInt(5) == 0 ? "/pages" : "/pages/" + slug;
            Reply reply = send(i, RawHttp.request(wiki.port(), method, target).header(field, value), method, field,
                    value);
            if (reply.status() >= 500) {
                fail(where(i, method, field, value) + " gave " + reply.status() + reply);
            }
        }
        assertEquals(tag, wiki.current(slug).etag(), "reads never change the page (seed " + SEED + ")");
    }

    @Test
    @DisplayName("fuzzed If-Match on PUT/DELETE: never 5xx or a dropped connection, and never a write unless it matches (rule 4, RFC 9110 §13.1.1)")
    void fuzzedIfMatchNeverLetsWriteThrough() {
        Random random = new Random(SEED + 1);
        String slug = slug("fuzz-write");
        create(slug);
        Reply before = wiki.current(slug);
        for (int i = 0; i < 180; i++) {
            String method = random.nextBoolean() ? "PUT" : "DELETE";
            String value = ConditionalHeaderValues.value(random, before.etag());
            RawHttp request = RawHttp.request(wiki.port(), method, "/pages/" + slug).header("If-Match", value);
            if (random.nextInt(3) == 0) { // other conditionals never rescue a failed If-Match
                String other = FIELDS.get(1 + random.nextInt(3));
                request.header(other, other.equals("If-Unmodified-Since")
                        ? HttpDates.imfFixdate(Instant.now().plusSeconds(3600)) : ConditionalHeaderValues.value(random, before.etag()));
            }
            if (method.equals("PUT")) {
                request.header("Content-Type", "application/json").body(Json.page(slug, "fuzzed " + i, "x"));
            }
            Reply reply = send(i, request, method, "If-Match", value);
            if (reply.status() >= 500) {
                fail(where(i, method, "If-Match", value) + " gave " + reply.status() + reply);
            }
            if (ConditionalHeaderValues.mayMatch(value)) {
                if (reply.status() == 204) {
                    create(slug);
                }
                before = wiki.current(slug);
                continue;
            }
            assertTrue(Set.of(400, 412, 431).contains(reply.status()),
                    where(i, method, "If-Match", value) + " must fail (412, or 400/431 for an unreadable header)"
                            + reply);
            Reply now = wiki.getPage(slug);
            assertStatus(200, now);
            if (!before.etag().equals(now.etag()) || !before.json().equals(now.json())) {
                fail(where(i, method, "If-Match", value) + " changed the page" + now);
            }
        }
    }

    @Test
    @DisplayName("header values too large for the server: 400 or 431, never 5xx or a dropped connection (rule 4, RFC 6585 §5)")
    void oversizedHeaderIs400Or431() {
        String slug = slug("fuzz-large");
        Reply before = existing(slug);
        for (int size : new int[] {16 * 1024, 64 * 1024, 256 * 1024}) {
            String value = "\"" + "x".repeat(size) + "\"";
            Reply get = RawHttp.request(wiki.port(), "GET", "/pages/" + slug).header("If-None-Match", value).send();
            assertTrue(get.status() == 400 || get.status() == 431, "size " + size + get);
            Reply put = RawHttp.request(wiki.port(), "PUT", "/pages/" + slug).header("If-Match", value)
                    .header("Content-Type", "application/json").body(Json.page(slug, "big", "x")).send();
            assertTrue(put.status() == 400 || put.status() == 431, "size " + size + put);
        }
        assertEquals(before.etag(), wiki.current(slug).etag());
    }

    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    private Reply send(int i, RawHttp request, String method, String field, String value) {
        try {
            return request.send();
        } catch (AssertionError e) {
            throw new AssertionError(where(i, method, field, value) + ": " + e.getMessage(), e);
        }
    }
}
