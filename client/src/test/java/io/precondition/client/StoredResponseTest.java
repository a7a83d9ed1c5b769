package io.precondition.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.precondition.http.HttpDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What may be stored (RFC 9111 §3), Vary (§4.1), freshness (§4.2) and 304 updates (§3.2, §4.3.4). */
class StoredResponseTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static Map<String, List<String>> headers(String... pairs) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            h.computeIfAbsent(pairs[i], n -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return h;
    }

    private static Optional<StoredResponse> store(MutableHttpRequest<?> request, Map<String, List<String>> response) {
        return StoredResponse.of(request.getHeaders(), response, 200, new byte[] {1, 2, 3}, NOW, NOW);
    }

    @Test
    void storedWithStrongTagAndDate() {
        StoredResponse entry = store(HttpRequest.GET("/p"), headers("etag", "\"a\"", "last-modified",
                HttpDate.format(NOW), "date", HttpDate.format(NOW))).orElseThrow();
        assertEquals("\"a\"", entry.etag().toString());
        assertEquals(NOW, entry.lastModified());
        assertFalse(entry.freshness().isFresh(NOW), "no explicit freshness: revalidate before every use");
    }

    @ParameterizedTest(name = "malformed validators are none, so nothing is stored: {0}")
    @ValueSource(strings = {"a", "\"a", "W/a", "\"a\" \"b\"", "\"a\",\"b\""})
    void malformedETagIsNoValidator(String etag) {
        assertTrue(store(HttpRequest.GET("/p"), headers("etag", etag, "last-modified", "yesterday")).isEmpty());
    }

    @Test
    void malformedETagWithValidDateKeepsOnlyTheDate() {
        StoredResponse entry = store(HttpRequest.GET("/p"), headers("etag", "no-quotes", "last-modified",
                HttpDate.format(NOW))).orElseThrow();
        assertNull(entry.etag());
        assertEquals(NOW, entry.lastModified());
    }

    @Test
    void twoETagLinesAreNoValidator() {
        assertTrue(store(HttpRequest.GET("/p"), headers("etag", "\"a\"", "etag", "\"b\"")).isEmpty());
    }

    @Test
    void noStoreInResponseOrRequestIsNeverStored() {
        assertTrue(store(HttpRequest.GET("/p"), headers("etag", "\"a\"", "cache-control", "max-age=60, no-store"))
                .isEmpty());
        assertTrue(store(HttpRequest.GET("/p").header("Cache-Control", "no-store"), headers("etag", "\"a\""))
                .isEmpty());
    }

    @Test
    void varyStarIsNeverStored() {
        assertTrue(store(HttpRequest.GET("/p"), headers("etag", "\"a\"", "vary", "Accept, *")).isEmpty());
    }

    @Test
    void varyMatchesOnlyTheSameRequestFields() {
        StoredResponse entry = store(HttpRequest.GET("/p").header("Accept-Language", "de"),
                headers("etag", "\"a\"", "vary", "accept-language")).orElseThrow();
        assertTrue(entry.matches(HttpRequest.GET("/p").header("Accept-Language", "de").getHeaders()));
        assertFalse(entry.matches(HttpRequest.GET("/p").header("Accept-Language", "fr").getHeaders()));
        assertFalse(entry.matches(HttpRequest.GET("/p").getHeaders()));
    }

    @Test
    void maxAgeAndExpiresGiveFreshness() {
        Map<String, List<String>> maxAge = headers("etag", "\"a\"", "cache-control", "max-age=60", "date",
                HttpDate.format(NOW));
        StoredResponse entry = store(HttpRequest.GET("/p"), maxAge).orElseThrow();
        assertTrue(entry.freshness().isFresh(NOW.plusSeconds(59)));
        assertFalse(entry.freshness().isFresh(NOW.plusSeconds(60)));
        Map<String, List<String>> expires = headers("etag", "\"a\"", "date", HttpDate.format(NOW), "expires",
                HttpDate.format(NOW.plusSeconds(30)));
        assertTrue(store(HttpRequest.GET("/p"), expires).orElseThrow().freshness().isFresh(NOW.plusSeconds(29)));
        Map<String, List<String>> badExpires = headers("etag", "\"a\"", "expires", "0");
        assertFalse(store(HttpRequest.GET("/p"), badExpires).orElseThrow().freshness().isFresh(NOW));
    }

    @Test
    void ageHeaderCountsAgainstFreshness() {
        Map<String, List<String>> aged = headers("etag", "\"a\"", "cache-control", "max-age=60", "age", "50");
        assertEquals(Duration.ofSeconds(50), store(HttpRequest.GET("/p"), aged).orElseThrow().freshness()
                .currentAge(NOW));
        assertFalse(store(HttpRequest.GET("/p"), aged).orElseThrow().freshness().isFresh(NOW.plusSeconds(10)));
    }

    @Test
    void notModifiedUpdatesFieldsButNotTheBodyDescription() {
        StoredResponse entry = store(HttpRequest.GET("/p"), headers("etag", "\"a\"", "content-type",
                "application/json", "content-length", "3", "cache-control", "no-cache")).orElseThrow();
        Map<String, List<String>> notModified = headers("etag", "\"a\"", "cache-control", "max-age=10",
                "content-length", "0", "x-new", "1");
        assertTrue(entry.isValidatedBy(notModified));
        StoredResponse updated = entry.updatedBy(notModified, NOW, NOW);
        assertEquals(List.of("3"), updated.headers().get("content-length"));
        assertEquals(List.of("1"), updated.headers().get("x-new"));
        assertTrue(updated.freshness().isFresh(NOW.plusSeconds(5)), "the 304's max-age now applies");
        assertFalse(entry.isValidatedBy(headers("etag", "\"b\"")), "a 304 about another representation");
    }

    /**
     * A body decoded to an immutable type is kept through a 304's update (RFC 9111 §4.3.4: the stored body is what the
     * 304 validates) and answers only that type; it counts against the store's bound as its bytes again.
     */
    @Test
    void decodedBodyIsKeptThroughUpdatesForItsTypeOnly() {
        StoredResponse entry = store(HttpRequest.GET("/p"), headers("etag", "\"a\"")).orElseThrow();
        Argument<Optional<String>> type = optionalOf(Argument.STRING);
        StoredResponse kept = entry.withDecoded(type, Optional.of("abc"));

        assertEquals(Optional.of(Optional.of("abc")), kept.decodedAs(optionalOf(Argument.STRING)),
                "the same shape, another Argument instance");
        assertEquals(Optional.empty(), kept.decodedAs(Argument.STRING), "another type decodes anew");
        assertEquals(Optional.empty(), kept.decodedAs(optionalOf(Argument.of(Integer.class))));
        assertEquals(Optional.empty(), entry.decodedAs(type), "nothing kept yet");
        StoredResponse updated = kept.updatedBy(headers("etag", "\"a\"", "x-new", "1"), NOW, NOW);
        assertEquals(Optional.of(Optional.of("abc")), updated.decodedAs(type));
        assertEquals(entry.weight() + entry.body().length, kept.weight());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Argument<Optional<T>> optionalOf(Argument<T> value) {
        return (Argument) Argument.of(Optional.class, value);
    }
}
