package io.precondition.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.client.MissingPreconditionException;
import io.precondition.client.PreconditionFailedException;
import io.precondition.client.PreconditionRequiredException;
import io.precondition.client.Tagged;
import io.precondition.client.WeakTagException;
import io.precondition.http.EntityTag;
import io.precondition.sample.Page;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.clients.RequestRecorder;
import io.precondition.sample.clients.RequestRecorder.Seen;
import io.precondition.sample.support.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * precondition-client against the sample wiki, through the declarative {@link WikiPages}: what the server saw is
 * read from {@link RequestRecorder} (a server filter). Runs on H2 and on PostgreSQL with the rest of the suite.
 */
@MicronautTest(transactional = false)
class WikiClientTest extends WikiTestBase {

    @Inject
    WikiPages pages;

    @Inject
    RequestRecorder recorder;

    @Inject
    MeterRegistry meters;

    @Inject
    InheritedPages inherited;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("clients.record", "true");
        return properties;
    }

    private String created(String prefix) {
        String slug = slug(prefix);
        create(slug);
        return slug;
    }

    private List<Seen> seen(String slug, String method) {
        return recorder.requestsTo("/pages/" + slug).stream().filter(s -> s.method().equals(method)).toList();
    }

    @Test
    @DisplayName("a stored page is revalidated: the server sees If-None-Match and answers 304 without a body; the caller gets the stored page (RFC 9111 §4.3.1, §4.3.4)")
    void storedPageIsRevalidatedWith304() {
        String slug = created("reval");
        Tagged<WikiPage> first = pages.page(slug);
        Tagged<WikiPage> second = pages.page(slug);

        List<Seen> gets = seen(slug, "GET");
        assertEquals(2, gets.size(), gets.toString());
        assertEquals(200, gets.get(0).status());
        assertEquals(null, gets.get(0).ifNoneMatch(), "first read is unconditional");
        assertEquals(304, gets.get(1).status(), "second read answered 304: " + gets);
        assertEquals(first.etag().orElseThrow().toString(), gets.get(1).ifNoneMatch());
        assertEquals(first, second);
        assertEquals("Title of " + slug, second.value().title());
        assertSame(first.value(), second.value(),
                "WikiPage is a record of Strings: the stored response's one decoded value answers every caller");
    }

    @Test
    @DisplayName("a mutable body type is decoded for each answer, stored or not: one caller's change never reaches the next (RFC 9111 §4.3.4)")
    void mutableBodiesAreEachCallersOwn() {
        String slug = created("editable");
        EditablePage first = pages.editable(slug);
        first.setTitle("Changed by the first caller only");
        EditablePage second = pages.editable(slug);

        assertEquals(List.of(200, 304), seen(slug, "GET").stream().map(Seen::status).toList());
        assertNotSame(first, second);
        assertEquals("Title of " + slug, second.getTitle());
    }

    @Test
    @DisplayName("HttpResponse<T>, Mono and CompletableFuture reads are revalidated too, and expose the validators (RFC 9110 §8.8)")
    void everyReturnTypeRevalidates() throws Exception {
        String slug = created("kinds");
        HttpResponse<WikiPage> response = pages.pageResponse(slug);
        Tagged<WikiPage> mono = pages.pageMono(slug).block();
        WikiPage future = pages.pageFuture(slug).get();
        HttpResponse<WikiPage> again = pages.pageResponse(slug);

        assertEquals(200, response.code());
        assertTrue(EntityTag.parse(response.getHeaders().get("ETag")).isPresent(), "ETag exposed");
        assertNotNull(response.getHeaders().get("Last-Modified"));
        assertEquals(200, again.code(), "a 304 never reaches the caller as such");
        assertEquals(response.getHeaders().get("ETag"), again.getHeaders().get("ETag"));
        assertNotNull(again.getHeaders().get("Age"), "answered from the store: Age (RFC 9111 §5.1)");
        assertEquals(response.body(), again.body());
        assertEquals(response.body(), mono.value());
        assertEquals(response.body(), future);
        List<Integer> statuses = seen(slug, "GET").stream().map(Seen::status).toList();
        assertEquals(List.of(200, 304, 304, 304), statuses);
    }

    @Test
    @DisplayName("a write sends the caller's ETag as If-Match, returns the new ETag and refreshes the store from Content-Location (RFC 9110 §13.1.1, §8.7; RFC 9111 §4.4)")
    void writeReturnsNewTagAndRefreshesTheStore() {
        String slug = created("write");
        Tagged<WikiPage> read = pages.page(slug);
        Tagged<WikiPage> written = pages.replace(slug, read.map(p -> p.withTitle("Changed")));

        Seen put = seen(slug, "PUT").get(1); // the first PUT created the page
        assertEquals(read.etag().orElseThrow().toString(), put.ifMatch());
        assertEquals(200, put.status());
        assertNotEquals(read.etag(), written.etag());
        assertEquals("Changed", written.value().title());

        Tagged<WikiPage> reread = pages.page(slug);
        assertEquals(written, reread);
        Seen get = seen(slug, "GET").get(1);
        assertEquals(written.etag().orElseThrow().toString(), get.ifNoneMatch(), "the store holds the write's answer");
        assertEquals(304, get.status());
    }

    @Test
    @DisplayName("after another writer's change, the next read gets the new page (304 never masks a change) and a write with the old tag is 412 (RFC 9110 §13.1.1, §15.5.13)")
    void staleWriteIsPreconditionFailed() {
        String slug = created("stale");
        Tagged<WikiPage> read = pages.page(slug);
        Reply other = wiki.replace(slug, read.etag().orElseThrow().toString(), "By another", "x");
        assertEquals(200, other.status(), other.toString());

        PreconditionFailedException failed = assertThrows(PreconditionFailedException.class,
                () -> pages.replace(slug, read.map(p -> p.withTitle("Mine"))));
        assertEquals(412, failed.code());
        assertEquals(412, failed.problem().status());
        assertNotNull(failed.problem().title(), "problem+json carried: " + failed.problem());
        assertEquals("By another", pages.page(slug).value().title());
        assertEquals(other.etag(), pages.page(slug).etag().orElseThrow().toString());
    }

    @Test
    @DisplayName("a write that the client does not declare conditional is refused by the wiki: PreconditionRequiredException (RFC 6585 §3)")
    void unguardedWriteIsPreconditionRequired() {
        String slug = created("unguarded");
        PreconditionRequiredException required = assertThrows(PreconditionRequiredException.class,
                () -> pages.replaceUnguarded(slug, new WikiPage(slug, "Blind", "x")));
        assertEquals(428, required.code());
        assertEquals(428, required.problem().status());
        assertEquals("Title of " + slug, pages.page(slug).value().title());
    }

    @Test
    @DisplayName("a @ConditionalWrite call without a precondition, or with a weak tag, is refused before anything is sent (RFC 9110 §13.1.1)")
    void conditionalWriteWithoutStrongPreconditionIsNeverSent() {
        String slug = created("refused");
        assertThrows(MissingPreconditionException.class, () -> pages.delete(slug, null));
        String weak = "W/" + pages.page(slug).etag().orElseThrow();
        WeakTagException weakTag = assertThrows(WeakTagException.class, () -> pages.delete(slug, weak));
        assertTrue(weakTag.getMessage().contains("§13.1.1"), weakTag.getMessage());
        assertEquals(List.of(), seen(slug, "DELETE"), "nothing was sent");
        assertEquals(204, pages.delete(slug, pages.page(slug).etag().orElseThrow().toString()).code());
    }

    @Test
    @DisplayName("create with If-None-Match: * returns the new ETag; a second create is 412 (RFC 9110 §13.1.2)")
    void createOnceThenPreconditionFailed() {
        String slug = slug("create");
        Tagged<WikiPage> created = pages.create(slug, new WikiPage(slug, "New", "b"), "*");
        assertFalse(created.etag().orElseThrow().isWeak());
        assertEquals("New", created.value().title());
        assertThrows(PreconditionFailedException.class,
                () -> pages.create(slug, new WikiPage(slug, "Again", "b"), "*"));
    }

    @Test
    @DisplayName("two readers sharing one client bean: each write carries its own reader's tag, never the other's from the store (RFC 9110 §13.1.1)")
    void twoReadersNeverCarryEachOthersTags() {
        String slug = created("readers");
        Tagged<WikiPage> alice = pages.page(slug);
        Tagged<WikiPage> bob = pages.page(slug);
        Tagged<WikiPage> bobWrote = pages.replace(slug, bob.map(p -> p.withTitle("Bob")));
        // The store now holds Bob's answer; Alice's write must still carry the tag Alice read.
        assertThrows(PreconditionFailedException.class, () -> pages.replace(slug, alice.map(p -> p.withTitle("Alice"))));
        List<Seen> puts = seen(slug, "PUT").subList(1, 3); // the first PUT created the page
        assertEquals(bob.etag().orElseThrow().toString(), puts.get(0).ifMatch());
        assertEquals(alice.etag().orElseThrow().toString(), puts.get(1).ifMatch());
        assertEquals(412, puts.get(1).status());
        assertEquals(bobWrote, pages.page(slug));
    }

    private double count(String event) {
        var counter = meters.find("precondition.client.events").tag("event", event).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("with micronaut-micrometer the client counts stored, revalidated, miss, invalidated (Micrometer counters precondition.client.events)")
    void eventsAreCounted() {
        String slug = created("metrics");
        double stored = count("stored");
        double revalidated = count("revalidated");
        double miss = count("miss");
        double invalidated = count("invalidated");
        Tagged<WikiPage> read = pages.page(slug);
        pages.page(slug);
        pages.replace(slug, read.map(p -> p.withTitle("Counted")));
        assertTrue(count("miss") >= miss + 1, "miss");
        assertTrue(count("stored") >= stored + 2, "stored: the read and the write's Content-Location answer");
        assertTrue(count("revalidated") >= revalidated + 1, "revalidated");
        assertTrue(count("invalidated") >= invalidated + 1, "invalidated");
        assertNotNull(meters.find("precondition.client.events").tag("event", "fresh-hit").counter());
        assertNotNull(meters.find("precondition.client.events").tag("event", "conflict-retried").counter());
    }

    @Test
    @DisplayName("annotations inherited from the API interface the controller implements and a client extends work as declared ones: 304 revalidation of the shared read; the client's own write sends If-Match from a read (RFC 9111 §4.3.4, RFC 9110 §13.1.1)")
    void inheritedAnnotationsApply() {
        String slug = created("inherited");
        Page read = inherited.get(slug).orElseThrow();
        assertEquals("Title of " + slug, read.title());
        assertEquals(read, inherited.get(slug).orElseThrow());
        List<Seen> gets = seen(slug, "GET");
        assertEquals(304, gets.get(1).status(), gets.toString());
        assertEquals(gets.get(0).etag(), gets.get(1).ifNoneMatch(), "revalidated with the stored tag: " + gets);

        Tagged<WikiPage> tagged = pages.page(slug);
        Tagged<WikiPage> written = inherited.replace(slug, tagged.map(p -> p.withTitle("Inherited")));
        assertEquals("Inherited", written.value().title());
        assertEquals(tagged.etag().orElseThrow().toString(), seen(slug, "PUT").get(1).ifMatch());
        assertEquals("Inherited", inherited.get(slug).orElseThrow().title(), "the write invalidated the stored read");
        assertTrue(inherited.get("absent-" + slug).isEmpty(), "404: empty");
    }
}
