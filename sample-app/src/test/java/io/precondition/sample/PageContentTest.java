package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertAbsent;
import static io.precondition.sample.WikiAssertions.assertPage;
import static io.precondition.sample.WikiAssertions.assertProblem;
import static io.precondition.sample.WikiAssertions.assertStatus;
import static io.precondition.sample.WikiAssertions.assertUnchanged;
import static io.precondition.sample.WikiAssertions.assertWriteVisible;
import static io.precondition.sample.support.WikiClient.MERGE_PATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resource's content (wiki-api.md "Resource"): {@code slug}, {@code title} and {@code body} are JSON strings, and
 * any other JSON value in their place is a content error (400 naming the field, nothing written), decided after the
 * preconditions (RFC 9110 §13.2.1); a merge patch's {@code null} removes a member (RFC 7396 §2), which for a required
 * field is the same 400. The empty string is a valid body, and every page response carries all three fields.
 */
@MicronautTest(transactional = false)
class PageContentTest extends WikiTestBase {

    /** JSON values that are not strings, written as they are sent. */
    private static final List<String> NOT_STRINGS =
            List.of("true", "false", "1.5e3", "0", "-7", "[]", "[\"a\"]", "{}", "{\"text\": \"a\"}", "null");

    static Stream<Arguments> putFieldsAndValues() {
        List<Arguments> out = new ArrayList<>();
        for (String field : List.of("title", "body", "slug")) {
            for (String value : NOT_STRINGS) {
                out.add(Arguments.of(field, value));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> patchFieldsAndValues() {
        List<Arguments> out = new ArrayList<>();
        for (String field : List.of("title", "body")) {
            for (String value : NOT_STRINGS) {
                out.add(Arguments.of(field, value));
            }
        }
        return out.stream();
    }

    /** A page document whose {@code field} holds the raw JSON {@code value}; the other fields are valid strings. */
    private static String pageWith(String slug, String field, String value) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("slug", Json.write(slug));
        members.put("title", Json.write("Title"));
        members.put("body", Json.write("Body"));
        members.put(field, value);
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, raw) -> json.append(json.length() > 1 ? ", " : "").append(Json.write(name))
                .append(": ").append(raw));
        return json.append('}').toString();
    }

    /** A 400 problem whose {@code detail} names the field (wiki-api.md "Error bodies"). */
    private static void assertContentError(String field, Reply reply) {
        assertProblem(400, reply);
        Object detail = reply.jsonObject().get("detail");
        assertTrue(detail instanceof String text && text.contains(field + " must be"),
                "the detail names the field " + field + reply);
    }

    private Reply existing(String slug) {
        create(slug);
        return wiki.current(slug);
    }

    @ParameterizedTest(name = "PUT {0}: {1}")
    @MethodSource("putFieldsAndValues")
    @DisplayName("PUT with a non-string slug, title or body: 400 naming the field, never converted, nothing created"
            + " or replaced")
    void putWithNonStringFieldIs400AndWritesNothing(String field, String value) {
        String absent = slug("put-type-new");
        assertContentError(field, wiki.put(absent, pageWith(absent, field, value), "If-None-Match", "*"));
        assertAbsent(wiki, absent);

        String slug = slug("put-type");
        Reply before = existing(slug);
        assertContentError(field, wiki.put(slug, pageWith(slug, field, value), "If-Match", before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "PUT {0}: {1}")
    @MethodSource("putFieldsAndValues")
    @DisplayName("PUT with a non-string field and a failed or missing precondition: 412 / 428, as for bad JSON"
            + " (RFC 9110 §13.2.1, RFC 6585 §3)")
    void putWithNonStringFieldStillAnswersPreconditionsFirst(String field, String value) {
        String slug = slug("put-type-stale");
        Reply first = existing(slug);
        Reply current = wiki.replace(slug, first.etag(), "Second", "second body");
        String page = pageWith(slug, field, value);
        // A real tag of an earlier state: the PUT skips its lookup for it and must still answer 412 (the recheck).
        assertProblem(412, wiki.put(slug, page, "If-Match", first.etag()));
        assertProblem(412, wiki.put(slug, page, "If-None-Match", "*"));
        assertProblem(428, wiki.put(slug, page));
        assertUnchanged(wiki, slug, current);
    }

    @ParameterizedTest(name = "PATCH {0}: {1}")
    @MethodSource("patchFieldsAndValues")
    @DisplayName("PATCH giving title or body a non-string (null: removing it, RFC 7396 §2): 400 naming the field;"
            + " 412 with a stale If-Match, 428 without one")
    void patchWithNonStringFieldIs400AfterPreconditions(String field, String value) {
        String slug = slug("patch-type");
        Reply before = existing(slug);
        String patch = "{" + Json.write(field) + ": " + value + "}";
        assertContentError(field, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", before.etag()));
        assertProblem(412, wiki.patch(slug, MERGE_PATCH, patch, "If-Match", "\"stale\""));
        assertProblem(428, wiki.patch(slug, MERGE_PATCH, patch));
        assertUnchanged(wiki, slug, before);
    }

    @Test
    @DisplayName("PATCH with a non-string slug: 400, even when it would print as the path's slug")
    void patchWithNonStringSlugIs400() {
        String slug = slug("patch-slug") + "-1";
        Reply before = existing(slug);
        assertProblem(400, wiki.patch(slug, MERGE_PATCH, "{\"slug\": 1, \"title\": \"x\"}", "If-Match",
                before.etag()));
        assertUnchanged(wiki, slug, before);
    }

    @ParameterizedTest(name = "PUT without {0}")
    @ValueSource(strings = {"title", "body"})
    @DisplayName("PUT without title or body: 400 naming it, nothing written; 412 with a stale If-Match (RFC 9110 §13.2.1)")
    void putWithoutRequiredFieldIs400AfterPreconditions(String missing) {
        String slug = slug("put-missing");
        Reply first = existing(slug);
        String page = missing.equals("title") ? Json.object("slug", slug, "body", "b") : Json.object("title", "t");
        assertContentError(missing, wiki.put(slug, page, "If-Match", first.etag()));
        Reply current = wiki.replace(slug, first.etag(), "Second", "second body");
        assertProblem(412, wiki.put(slug, page, "If-Match", first.etag()));
        assertUnchanged(wiki, slug, current);
    }

    @Test
    @DisplayName("PUT {\"title\": true, \"body\": 1.5e3}: 400, not a page titled \"true\" (issue 11)")
    void putWithBooleanTitleAndNumberBodyCreatesNothing() {
        String slug = slug("coerced");
        Reply reply = wiki.put(slug, "{\"title\": true, \"body\": 1.5e3}", "If-None-Match", "*");
        assertProblem(400, reply);
        assertAbsent(wiki, slug);
    }

    @Test
    @DisplayName("an empty body is valid and sent back: 201, GET, PUT and PATCH all carry \"body\": \"\"")
    void emptyBodyRoundTrips() {
        String slug = slug("empty-body");
        Reply created = wiki.put(slug, Json.page(slug, "Empty", ""), "If-None-Match", "*");
        assertStatus(201, created);
        assertPage(created, slug, "Empty", "");
        assertAllFields(created);
        assertAllFields(assertWriteVisible(wiki, slug, created));

        Reply filled = wiki.replace(slug, created.etag(), "Filled", "text");
        Reply emptied = wiki.put(slug, Json.page(slug, "Emptied", ""), "If-Match", filled.etag());
        assertStatus(200, emptied);
        assertPage(emptied, slug, "Emptied", "");
        assertAllFields(assertWriteVisible(wiki, slug, emptied));

        Reply refilled = wiki.patch(slug, MERGE_PATCH, Json.object("body", "again"), "If-Match", emptied.etag());
        assertStatus(200, refilled);
        Reply patched = wiki.patch(slug, MERGE_PATCH, Json.object("body", ""), "If-Match", refilled.etag());
        assertStatus(200, patched);
        assertPage(patched, slug, "Emptied", "");
        assertAllFields(assertWriteVisible(wiki, slug, patched));
    }

    @Test
    @DisplayName("the page list carries slug and title of every page, also of one with an empty body")
    void listCarriesEveryPageWithEmptyBody() {
        String slug = slug("empty-listed");
        wiki.create(slug, "Listed", "");
        Reply list = wiki.get("/pages");
        assertStatus(200, list);
        Map<String, Object> entry = null;
        for (Object element : list.jsonArray()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> summary = (Map<String, Object>) element;
            assertTrue(summary.keySet().containsAll(Set.of("slug", "title")), "every entry has slug, title" + list);
            if (slug.equals(summary.get("slug"))) {
                entry = summary;
            }
        }
        assertEquals("Listed", entry == null ? null : entry.get("title"), "the page is listed" + list);
    }

    /** The page JSON has {@code slug}, {@code title} and {@code body}, each a string. */
    private static void assertAllFields(Reply reply) {
        Map<String, Object> page = reply.jsonObject();
        for (String field : List.of("slug", "title", "body")) {
            assertTrue(page.get(field) instanceof String, "every page response carries \"" + field + "\"" + reply);
        }
    }
}
