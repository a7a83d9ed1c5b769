package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI document the app serves at {@code /swagger/wiki.json}: micronaut-openapi writes it at compile time, and
 * Precondition's processor adds the conditional requests of the annotated handlers to it (RFC 9110 §13.1 header
 * fields, ETag / Last-Modified on 2xx, 304 / 412, and 428 of RFC 6585 §3), with no OpenAPI annotation in
 * {@code PageController}. The last test checks the document against what the server really answers.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentTest extends WikiTestBase {

    private static final String DOCUMENT = "/swagger/wiki.json";
    private static final List<String> READ_HEADERS =
            List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since");
    private static final List<String> WRITE_HEADERS = List.of("If-Match", "If-Unmodified-Since", "If-None-Match");

    private Map<String, Object> document;

    @BeforeEach
    void readDocument() {
        if (document == null) {
            Reply reply = wiki.get(DOCUMENT);
            assertStatus(200, reply);
            assertTrue(reply.contentType().startsWith("application/json"), "Content-Type" + reply);
            document = reply.jsonObject();
        }
    }

    @Test
    @DisplayName("the app serves its OpenAPI 3 document, titled by its @OpenAPIDefinition")
    void servesTheDocument() {
        assertTrue(((String) document.get("openapi")).startsWith("3."), "openapi: " + document.get("openapi"));
        assertEquals("wiki", map(document, "info").get("title"));
        assertEquals(Set.of("/pages", "/pages/{slug}"), map(document, "paths").keySet(),
                "the routes of shared/design/wiki-api.md, and no other");
    }

    @Test
    @DisplayName("GET /pages/{slug}: the four conditional header fields (RFC 9110 §13.1), 200 with ETag and "
            + "Last-Modified and its Page body, 304 with the ETag (§15.4.5), 412 (§15.5.13)")
    void readDocumentsItsConditionals() {
        Map<String, Object> get = operation("/pages/{slug}", "get");
        assertEquals(READ_HEADERS, headerParameters(get));
        for (Object parameter : list(get, "parameters")) {
            Map<String, Object> p = cast(parameter);
            if ("header".equals(p.get("in"))) {
                assertEquals("string", map(p, "schema").get("type"), p.get("name") + " is a string");
                assertFalse(((String) p.get("description")).isBlank(), p.get("name") + " is described");
            }
        }
        assertEquals(List.of("path"), inOf(get, "slug"), "the route's own parameter is kept");

        Map<String, Object> ok = response(get, "200");
        assertEquals(Set.of("ETag", "Last-Modified"), map(ok, "headers").keySet());
        assertEquals("#/components/schemas/Page",
                map(map(map(ok, "content"), "application/json"), "schema").get("$ref"),
                "micronaut-openapi's schema of the returned Page is kept");
        assertTrue(map(map(document, "components"), "schemas").containsKey("Page"));

        assertEquals(Set.of("ETag"), map(response(get, "304"), "headers").keySet(),
                "a 304 with an ETag carries it and may leave Last-Modified out (RFC 9110 §15.4.5)");
        assertNotNull(response(get, "412"));
        assertFalse(responses(get).containsKey("428"), "a read never answers 428");
    }

    @Test
    @DisplayName("GET /pages: the list's conditionals too, with its weak ETag")
    void listDocumentsItsConditionals() {
        Map<String, Object> list = operation("/pages", "get");
        assertEquals(READ_HEADERS, headerParameters(list));
        Map<String, Object> etag = map(map(response(list, "200"), "headers"), "ETag");
        assertTrue(((String) etag.get("description")).contains("weak"), "the list's tag is weak: " + etag);
        assertNotNull(response(list, "304"));
        assertNotNull(response(list, "412"));
    }

    @Test
    @DisplayName("GET /pages: the 200 is a JSON array of PageSummary, as sent, with the weak ETag and Last-Modified")
    void listIsDocumentedAsAnArray() {
        Map<String, Object> ok = response(operation("/pages", "get"), "200");
        Map<String, Object> schema = map(map(map(ok, "content"), "application/json"), "schema");
        assertEquals("array", schema.get("type"), "the list is sent as a plain JSON array: " + schema);
        assertEquals("#/components/schemas/PageSummary", map(schema, "items").get("$ref"), "its elements: " + schema);
        Map<String, Object> summary = map(map(map(document, "components"), "schemas"), "PageSummary");
        assertEquals(Set.of("slug", "title"), map(summary, "properties").keySet(), "an element is {slug, title}");
        assertEquals(Set.of("ETag", "Last-Modified"), map(ok, "headers").keySet());
    }

    @Test
    @DisplayName("PUT: a create answers 201 with Location, ETag, Last-Modified and the Page (RFC 9110 §9.3.4, "
            + "§15.3.2); DELETE answers 204 without content (§15.3.5), never 200")
    void createAndDeleteStatusesAreDocumented() {
        Map<String, Object> created = response(operation("/pages/{slug}", "put"), "201");
        assertEquals(Set.of("Location", "ETag", "Last-Modified"), map(created, "headers").keySet());
        assertEquals("#/components/schemas/Page",
                map(map(map(created, "content"), "application/json"), "schema").get("$ref"));

        Map<String, Object> delete = operation("/pages/{slug}", "delete");
        assertFalse(responses(delete).containsKey("200"), "DELETE never answers 200: " + responses(delete).keySet());
        assertFalse(response(delete, "204").containsKey("content"), "a 204 has no content");
    }

    @Test
    @DisplayName("Page and PageInput: slug, title and body are strings, never null; a PUT needs title and body")
    void pageFieldsAreStrings() {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        for (String name : List.of("Page", "PageInput")) {
            Map<String, Object> properties = map(map(schemas, name), "properties");
            for (String field : List.of("slug", "title", "body")) {
                Map<String, Object> property = map(properties, field);
                assertEquals("string", property.get("type"), name + "." + field);
                assertFalse(Boolean.TRUE.equals(property.get("nullable")), name + "." + field + " is never null");
            }
        }
        assertEquals(Set.of("title", "body"), Set.copyOf(list(map(schemas, "PageInput"), "required")),
                "a PUT's slug is optional, its title and body are not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"put", "patch", "delete"})
    @DisplayName("PUT, PATCH, DELETE /pages/{slug}: If-Match, If-Unmodified-Since, If-None-Match; 412 and 428 "
            + "(RFC 6585 §3); no If-Modified-Since, which writes ignore (RFC 9110 §13.1.3)")
    void writesDocumentTheirConditionals(String method) {
        Map<String, Object> write = operation("/pages/{slug}", method);
        assertEquals(WRITE_HEADERS, headerParameters(write));
        assertNotNull(response(write, "412"));
        assertTrue(((String) response(write, "428").get("description")).contains("RFC 6585"));
        assertFalse(responses(write).containsKey("304"), "a write never answers 304");
    }

    @Test
    @DisplayName("PUT and PATCH: the 200 carries the new ETag and Last-Modified and the Page; PUT's If-None-Match: * "
            + "creates; DELETE keeps micronaut-openapi's own response and takes no body")
    void writeResponsesAndBodies() {
        for (String method : List.of("put", "patch")) {
            Map<String, Object> ok = response(operation("/pages/{slug}", method), "200");
            assertEquals(Set.of("ETag", "Last-Modified"), map(ok, "headers").keySet(), method);
            assertEquals("#/components/schemas/Page",
                    map(map(map(ok, "content"), "application/json"), "schema").get("$ref"), method);
        }
        Map<String, Object> put = operation("/pages/{slug}", "put");
        assertEquals("#/components/schemas/PageInput",
                map(map(map(map(put, "requestBody"), "content"), "application/json"), "schema").get("$ref"),
                "the body is the PageInput alone");
        String ifNoneMatch = (String) parameter(put, "If-None-Match").get("description");
        assertTrue(ifNoneMatch.contains("create"), ifNoneMatch);
        assertTrue(((String) response(put, "428").get("description")).contains("If-None-Match: *"));

        Map<String, Object> delete = operation("/pages/{slug}", "delete");
        assertFalse(delete.containsKey("requestBody"), "DELETE takes no body: CheckedState is not the client's");
        assertTrue(map(map(document, "components"), "schemas").keySet().stream()
                .noneMatch(name -> name.startsWith("CheckedState")), "CheckedState is bound by the library");
        assertFalse(((String) response(delete, "428").get("description")).contains("If-None-Match: *"),
                "DELETE of an absent page is 404, so If-None-Match: * cannot create");
    }

    @Test
    @DisplayName("what the server answers is what the document says (RFC 9110 §13.2.2, RFC 6585 §3)")
    void documentMatchesTheServer() {
        String slug = slug("openapi");
        Map<String, Object> get = operation("/pages/{slug}", "get");
        Map<String, Object> put = operation("/pages/{slug}", "put");

        Reply created = create(slug);
        assertStatus(201, created);
        assertHeadersSent(response(put, "201"), created);
        Reply ok = wiki.getPage(slug);
        assertStatus(200, ok);
        assertHeadersSent(response(get, "200"), ok);

        Reply notModified = wiki.getPage(slug, "If-None-Match", ok.etag());
        assertStatus(304, notModified);
        assertHeadersSent(response(get, "304"), notModified);
        assertStatus(412, wiki.getPage(slug, "If-Match", "\"not-the-tag\""));

        Reply unguarded = wiki.put(slug, Json.page(slug, "T", "B"));
        assertStatus(428, unguarded);
        assertNotNull(response(put, "428"));
        Reply replaced = wiki.replace(slug, ok.etag(), "T", "B");
        assertHeadersSent(response(put, "200"), replaced);
        assertStatus(412, wiki.put(slug, Json.page(slug, "T", "lost update"), "If-Match", ok.etag()));
        assertNotNull(response(put, "412"));

        Reply list = wiki.get("/pages");
        assertStatus(200, list);
        assertHeadersSent(response(operation("/pages", "get"), "200"), list);
        assertFalse(list.jsonArray().isEmpty(), "documented as an array, sent as one" + list);

        Reply deleted = wiki.delete(slug, "If-Match", replaced.etag());
        assertStatus(204, deleted);
        assertNotNull(response(operation("/pages/{slug}", "delete"), "204"));
    }

    private static void assertHeadersSent(Map<String, Object> documented, Reply reply) {
        for (String header : map(documented, "headers").keySet()) {
            assertNotNull(reply.header(header), header + " is documented for " + reply.status() + ": " + reply);
        }
    }

    private Map<String, Object> operation(String path, String method) {
        return map(map(map(document, "paths"), path), method);
    }

    private static Map<String, Object> responses(Map<String, Object> operation) {
        return map(operation, "responses");
    }

    private static Map<String, Object> response(Map<String, Object> operation, String code) {
        return map(responses(operation), code);
    }

    /** The names of the operation's header parameters, in order. */
    private static List<String> headerParameters(Map<String, Object> operation) {
        List<String> names = new ArrayList<>();
        for (Object parameter : list(operation, "parameters")) {
            Map<String, Object> p = cast(parameter);
            if ("header".equals(p.get("in"))) {
                names.add((String) p.get("name"));
            }
        }
        return names;
    }

    private static Map<String, Object> parameter(Map<String, Object> operation, String name) {
        for (Object parameter : list(operation, "parameters")) {
            Map<String, Object> p = cast(parameter);
            if (name.equals(p.get("name"))) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation.get("parameters"));
    }

    private static List<Object> inOf(Map<String, Object> operation, String name) {
        return List.of(parameter(operation, name).get("in"));
    }

    private static Map<String, Object> map(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value == null) {
            throw new AssertionError("no \"" + key + "\" in " + object.keySet());
        }
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (!(value instanceof List<?>)) {
            throw new AssertionError("no array \"" + key + "\" in " + object.keySet());
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not an object: " + value);
        }
        return (Map<String, Object>) value;
    }
}
