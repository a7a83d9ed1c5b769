package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.precondition.sample.support.HttpDates;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 9110 §6.6.1: an origin server with a clock sends {@code Date} in every 2xx, 3xx and 4xx response, and §5.6.7:
 * as an IMF-fixdate, whose day has two digits. The app runs on a fixed {@link Clock} bean (on a day 1-9, a day
 * &gt;= 10, and in the hour that America/New_York repeats when daylight saving ends), so that what it sends can be
 * compared with the exact expected field, whatever today's date and the JVM's zone are.
 */
class DateHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2027-03-04T09:05:07Z, 'Thu, 04 Mar 2027 09:05:07 GMT'",
        "2027-03-17T23:59:59Z, 'Wed, 17 Mar 2027 23:59:59 GMT'",
        // 01:30 EST, the second 01:30 of that night in New York: a LocalDateTime-based Date is an hour off here.
        "2026-11-01T06:30:00Z, 'Sun, 01 Nov 2026 06:30:00 GMT'"
    })
    void everyResponseCarriesTheClocksImfFixdate(String now, String expected) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneId.of("America/New_York"));
        try (TestDatabase database = TestDatabase.createFresh();
             ApplicationContext context = start(database, clock)) {
            int port = context.getBean(EmbeddedServer.class).getPort();
            List<String> problems = new ArrayList<>();
            for (Reply reply : everyKindOfResponse(new WikiClient(port), port)) {
                String date = reply.header("Date");
                if (!expected.equals(date)) {
                    problems.add(reply.status() + " " + reply.request() + ": Date " + date);
                }
                if (reply.header("Last-Modified") != null) {
                    assertTrue(!HttpDates.parseImfFixdate(reply.header("Last-Modified"))
                            .isAfter(HttpDates.parseImfFixdate(expected)), "Last-Modified not after Date: " + reply);
                }
            }
            assertEquals(List.of(), problems, "responses without the expected Date (" + expected + ")");
        }
    }

    /**
     * The same over HTTP/2 (h2c): Micronaut writes those responses as frames from its own handler, past the HTTP/1.1
     * path, so each kind of answer is checked again there: the handler's, the library's 304 / 412 / 428, Micronaut's
     * own 400 / 404 / 405, HEAD and a write.
     */
    @Test
    void http2ResponsesCarryTheClocksImfFixdate() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2027-03-04T09:05:07Z"), ZoneId.of("America/New_York"));
        String expected = "Thu, 04 Mar 2027 09:05:07 GMT";
        try (TestDatabase database = TestDatabase.createFresh();
             ApplicationContext context = start(database, clock, Map.of("micronaut.server.http-version", "2.0"))) {
            int port = context.getBean(EmbeddedServer.class).getPort();
            String slug = "date-h2-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
            String etag = new WikiClient(port).create(slug, "Title", "Body").etag();
            HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            String page = "http://127.0.0.1:" + port + WikiClient.path(slug);
            String json = "{\"title\":\"t\",\"body\":\"b\"}";
            List<HttpRequest> requests = List.of(
                    HttpRequest.newBuilder(URI.create(page)).build(), // the h2c upgrade
                    HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpRequest.newBuilder(URI.create(page)).header("If-None-Match", etag).build(),
                    HttpRequest.newBuilder(URI.create(page)).method("HEAD", BodyPublishers.noBody()).build(),
                    HttpRequest.newBuilder(URI.create(page)).header("Content-Type", WikiClient.JSON)
                            .header("If-Match", "\"stale\"").PUT(BodyPublishers.ofString(json)).build(),
                    HttpRequest.newBuilder(URI.create(page)).header("Content-Type", WikiClient.JSON)
                            .PUT(BodyPublishers.ofString(json)).build(),
                    HttpRequest.newBuilder(URI.create(page)).header("Content-Type", WikiClient.JSON)
                            .header("If-Match", etag).PUT(BodyPublishers.ofString(json)).build(),
                    HttpRequest.newBuilder(URI.create(page + "-absent")).build(),
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/no-such-route")).build(),
                    HttpRequest.newBuilder(URI.create(page)).header("Content-Type", WikiClient.JSON)
                            .POST(BodyPublishers.ofString("{}")).build(),
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pages/Not_A_Slug")).build());
            List<Integer> statuses = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (HttpRequest request : requests) {
                HttpResponse<String> response = h2.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.add(response.statusCode());
                String date = response.headers().firstValue("Date").orElse(null);
                if (response.version() != HttpClient.Version.HTTP_2 || !expected.equals(date)) {
                    problems.add(response.statusCode() + " " + request.method() + " " + request.uri() + " over "
                            + response.version() + ": Date " + date);
                }
            }
            assertEquals(List.of(200, 200, 304, 200, 412, 428, 200, 404, 404, 405, 400), statuses);
            assertEquals(List.of(), problems, "HTTP/2 responses without the expected Date (" + expected + ")");
        }
    }

    private static ApplicationContext start(TestDatabase database, Clock clock) {
        return start(database, clock, Map.of());
    }

    private static ApplicationContext start(TestDatabase database, Clock clock, Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>(database.properties());
        props.putAll(settings);
        props.put("micronaut.server.port", -1);
        ApplicationContext context = ApplicationContext.builder(TestDatabase.environments())
                .properties(props)
                .singletons(clock)
                .start();
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    /** One request per kind of answer: the handler's, the library's, Micronaut's own, HEAD, gzip, Netty's limits. */
    private static List<Reply> everyKindOfResponse(WikiClient wiki, int port) {
        String slug = "date-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
        List<Reply> replies = new ArrayList<>();
        Reply created = expect(201, wiki.create(slug, "Title", "x".repeat(4096)), replies);
        String etag = created.etag();
        expect(200, wiki.getPage(slug), replies);
        expect(200, wiki.getPage(slug, "Accept-Encoding", "gzip"), replies);
        expect(200, wiki.headPage(slug), replies);
        expect(304, wiki.getPage(slug, "If-None-Match", etag), replies);
        expect(412, wiki.put(slug, "{\"title\":\"t\",\"body\":\"b\"}", "If-Match", "\"stale\""), replies);
        expect(428, wiki.put(slug, "{\"title\":\"t\",\"body\":\"b\"}"), replies);
        expect(404, wiki.getPage("absent-" + slug), replies);
        expect(404, wiki.get("/no-such-route"), replies);
        expect(405, wiki.send("POST", WikiClient.path(slug), WikiClient.JSON, "{}"), replies);
        expect(400, wiki.getPage("Not_A_Slug"), replies);
        expect(200, wiki.get("/pages"), replies);
        expect(204, wiki.delete(slug, "If-Match", wiki.current(slug).etag()), replies);
        expect(413, RawHttp.request(port, "PUT", WikiClient.path(slug)).header("Content-Type", WikiClient.JSON)
                .contentLength(9L << 20).withoutSendingBody().send(), replies);
        expect(431, RawHttp.request(port, "GET", WikiClient.path(slug)).header("X-Big", "y".repeat(10_000)).send(),
                replies);
        return replies;
    }

    private static Reply expect(int status, Reply reply, List<Reply> replies) {
        assertStatus(status, reply);
        replies.add(reply);
        return reply;
    }
}
