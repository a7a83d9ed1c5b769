package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertPage;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static io.precondition.sample.support.WikiClient.MERGE_PATCH;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 2 and the resource's limits: what is decided before the content is read (slug syntax, Content-Length,
 * Content-Type, absent page) wins over 412/428; what needs the content (bad JSON, title, body field) loses.
 */
@MicronautTest(transactional = false)
class RequestValidationTest extends WikiTestBase {
    private static final int MIB = 1024 * 1024;

    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    static Stream<Arguments> badSlugsOnEveryMethod() {
        List<String> slugs = List.of("UPPER", "a_b", "a.b", "a%20b", "%C3%A9t%C3%A9", "a+b", "x".repeat(65));
        List<Arguments> out = new ArrayList<>();
        for (String method : List.of("GET", "HEAD", "PUT", "PATCH", "DELETE")) {
            for (String slug : slugs) {
                out.add(Arguments.of(method, slug));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} /pages/{1}")
    @MethodSource("badSlugsOnEveryMethod")
    @DisplayName("slug outside [a-z0-9-]{1,64}: 400 on every method, winning over 412/428 (rule 2, RFC 9110 §13.2.1)")
    void slugOutsideSyntaxIs400OnEveryMethod(String method, String slug) {
        String body = Json.page(slug, "t", "b");
        String type = method.equals("PATCH") ? MERGE_PATCH : method.equals("PUT") ? "application/json" : null;
        String sent = type == null ? null : method.equals("PATCH") ? Json.object("title", "t") : body;
        Reply unguarded = wiki.send(method, "/pages/" + slug, type, sent);
        Reply stale = wiki.send(method, "/pages/" + slug, type, sent, "If-Match", "\"stale\"");
        Reply create = wiki.send(method, "/pages/" + slug, type, sent, "If-None-Match", "*");
        // A tag the PUT can read back without its lookup: the slug is still checked first.
        Reply wellFormed = wiki.send(method, "/pages/" + slug, type, sent, "If-Match",
                "\"5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.3\"");
        for (Reply reply : List.of(unguarded, stale, create, wellFormed)) {
            if (method.equals("HEAD")) {
                assertStatus(400, reply);
            } else {
                assertProblem(400, reply);
            }
        }
    }

    @Test
    @DisplayName("slug of exactly 64 characters from [a-z0-9-] is valid: 201")
    void slugOf64CharactersIsValid() {
        String slug = ("max-" + slug("x")).concat("0".repeat(64)).substring(0, 64);
        Reply created = wiki.put(slug, Json.page(slug, "t", "b"), "If-None-Match", "*");
        assertStatus(201, created);
        assertStatus(200, wiki.getPage(slug));
    }

    @Test
    @DisplayName("body slug differing from the path: 400 (the path is authoritative)")
    void bodySlugDifferingFromPathIs400() {
        String slug = slug("slug-mismatch");
        Reply before = existing(slug);
        assertProblem(400, wiki.put(slug, Json.page(slug + "-other", "t", "b"), "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
        String absent = slug("slug-mismatch-new");
        assertProblem(400, wiki.put(absent, Json.page(absent + "x", "t", "b"), "If-None-Match", "*"));
        assertAbsent(wiki, absent);
    }

    @Test
    @DisplayName("PUT bad JSON: 412 with a failing precondition, 428 without, 400 with a passing one (rule 2, RFC 9110 §13.2.1)")
    void putBadJsonDependsOnPreconditions() {
        String slug = slug("bad-json");
        Reply before = existing(slug);
        String bad = "{\"slug\": \"" + slug + "\", \"title\": ";
        assertProblem(412, wiki.put(slug, bad, "If-Match", "\"stale\""));
        assertProblem(412, wiki.put(slug, bad, "If-None-Match", "*"));
        assertProblem(428, wiki.put(slug, bad));
        assertProblem(400, wiki.put(slug, bad, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
        // A real tag of an earlier state of this page (the PUT reads a single strong If-Match back instead of
        // looking the page up): still 412, the precondition is decided before the content (§13.2.1).
        String stale = before.etag();
        Reply current = wiki.replace(slug, stale, "Second", "second body");
        assertProblem(412, wiki.put(slug, bad, "If-Match", stale));
        assertProblem(412, wiki.put(slug, Json.page("other-slug", "t", "b"), "If-Match", stale));
        assertUnchanged(wiki, slug, current);
        String absent = slug("bad-json-new");
        assertProblem(400, wiki.put(absent, bad, "If-None-Match", "*"));
        assertProblem(428, wiki.put(absent, bad));
        assertAbsent(wiki, absent);
    }

    @ParameterizedTest(name = "title: [{0}]")
    @ValueSource(strings = {"", " ", "\t \n", "{201}", "{201-astral}"})
    @DisplayName("title blank or over 200 code points: 400 after preconditions, 412 with a stale If-Match (rule 2)")
    void badTitleIs400AfterPreconditions(String template) {
        String slug = slug("title");
        Reply before = existing(slug);
        String title = template.replace("{201-astral}", "\uD83D\uDE00".repeat(201)).replace("{201}", "t".repeat(201));
        String page = Json.page(slug, title, "b");
        assertProblem(412, wiki.put(slug, page, "If-Match", "\"stale\""));
        assertProblem(428, wiki.put(slug, page));
        assertProblem(400, wiki.put(slug, page, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
        Reply current = wiki.replace(slug, before.etag(), "Second", "second body");
        assertProblem(412, wiki.put(slug, page, "If-Match", before.etag()));
        assertUnchanged(wiki, slug, current);
    }

    @Test
    @DisplayName("missing title: 400")
    void missingTitleIs400() {
        String slug = slug("no-title");
        Reply before = existing(slug);
        assertProblem(400, wiki.put(slug, Json.object("slug", slug, "body", "b"), "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("title of exactly 200 code points (astral characters, 400 UTF-16 units): accepted")
    void titleOf200CodePointsIsValid() {
        String slug = slug("title-200");
        Reply before = existing(slug);
        String title = "\uD83D\uDE00".repeat(200);
        Reply replaced = wiki.put(slug, Json.page(slug, title, "b"), "If-Match", before.etag());
        assertStatus(200, replaced);
        assertPage(replaced, slug, title, "b");
    }

    @Test
    @DisplayName("body field of exactly 1 MiB of UTF-8: accepted")
    void bodyOfOneMebibyteIsValid() {
        String slug = slug("body-1mib");
        Reply before = existing(slug);
        String body = "\u00e9".repeat(MIB / 2);
        Reply replaced = wiki.put(slug, Json.page(slug, "t", body), "If-Match", before.etag());
        assertStatus(200, replaced);
        assertPage(replaced, slug, "t", body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ascii", "two-byte"})
    @DisplayName("body field over 1 MiB of UTF-8: 413 after preconditions, 412 with a stale If-Match, 428 without (rule 2)")
    void bodyOverOneMebibyteIs413AfterPreconditions(String kind) {
        String slug = slug("body-big");
        Reply before = existing(slug);
        // two-byte: 524,289 chars but 1 MiB + 2 bytes in UTF-8, so the limit is on bytes, not chars
        String body = kind.equals("ascii") ? "b".repeat(MIB + 1) : "\u00e9".repeat(MIB / 2 + 1);
        String page = Json.page(slug, "t", body);
        assertProblem(412, wiki.put(slug, page, "If-Match", "\"stale\""));
        assertProblem(428, wiki.put(slug, page));
        assertProblem(413, wiki.put(slug, page, "If-Match", before.etag()));
        assertProblem(413, wiki.patch(slug, MERGE_PATCH, Json.object("body", body), "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT", "PATCH"})
    @DisplayName("Content-Length over 8 MiB: 413 before anything else is read, even with a stale If-Match (rule 2, RFC 9110 §15.5.14)")
    void contentLengthOver8MiBIs413EvenWithStaleIfMatch(String method) {
        String slug = slug("huge");
        Reply before = existing(slug);
        String type = method.equals("PATCH") ? MERGE_PATCH : "application/json";
        long declared = 8L * MIB + 1;
        Reply stale = RawHttp.request(wiki.port(), method, "/pages/" + slug)
                .header("Content-Type", type).header("If-Match", "\"stale\"")
                .body("{\"title\": \"x\"}").contentLength(declared).withoutSendingBody().send();
        assertProblem(413, stale);
        Reply unguarded = RawHttp.request(wiki.port(), method, "/pages/" + slug)
                .header("Content-Type", type)
                .body("{}").contentLength(declared).withoutSendingBody().send();
        assertProblem(413, unguarded);
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("Content-Length over 8 MiB on create: 413, not 412/428 (rule 2)")
    void contentLengthOver8MiBOnCreateIs413() {
        String slug = slug("huge-new");
        Reply reply = RawHttp.request(wiki.port(), "PUT", "/pages/" + slug)
                .header("Content-Type", "application/json").header("If-Match", "*")
                .body("{}").contentLength(64L * MIB).withoutSendingBody().send();
        assertProblem(413, reply);
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("PUT with an unsupported Content-Type: 415, winning over 412/428 (rule 2, RFC 9110 §15.5.16)")
    void putWithUnsupportedContentTypeIs415() {
        String slug = slug("put-415");
        Reply before = existing(slug);
        String page = Json.page(slug, "t", "b");
        assertProblem(415, wiki.send("PUT", "/pages/" + slug, "text/plain", page, "If-Match", "\"stale\""));
        assertProblem(415, wiki.send("PUT", "/pages/" + slug, "text/plain", page));
        assertUnchanged(wiki, slug, before);
    }
}
