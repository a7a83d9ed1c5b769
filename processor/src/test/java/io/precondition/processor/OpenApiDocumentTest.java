package io.precondition.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.annotation.processing.AggregatingTypeElementVisitorProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiles the controllers in {@code openapi/} with Micronaut's visitor processor, which runs {@link
 * OpenApiConditionalsVisitor} and then micronaut-openapi, and reads the OpenAPI document written to disk: what each
 * kind of handler documents about its conditional requests (RFC 9110 §13.1, §15.4.5, §15.5.13; RFC 6585 §3).
 */
class OpenApiDocumentTest {

    private static JsonNode paths;

    @BeforeAll
    static void compile(@TempDir Path output) throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path document = output.resolve("openapi.json");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
            List<Path> sources = new ArrayList<>();
            for (String name : List.of("NoteController", "ArchiveController", "BookApi", "BookController",
                    "ShelfBase", "ShelfController", "DocumentedApplication")) {
                sources.add(Path.of(OpenApiDocumentTest.class.getResource("/openapi/" + name + ".java").toURI()));
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-proc:only", "-Amicronaut.openapi.json.format=true",
                            "-Amicronaut.openapi.target.file=" + document),
                    null, files.getJavaFileObjectsFromPaths(sources));
            // PreconditionProcessor reports any misuse: the fixtures are valid handlers.
            task.setProcessors(List.of(new PreconditionProcessor(), new AggregatingTypeElementVisitorProcessor()));
            boolean compiled = task.call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(diagnostic.toString());
                }
            }
            assertTrue(compiled && errors.isEmpty(), "compilation failed: " + errors);
        }
        assertTrue(Files.exists(document), "micronaut-openapi wrote no document: " + diagnostics.getDiagnostics());
        paths = new ObjectMapper().readTree(document.toFile()).path("paths");
    }

    private static JsonNode operation(String path, String method) {
        JsonNode operation = paths.path(path).path(method);
        assertFalse(operation.isMissingNode(), method + " " + path + " is not documented: " + paths);
        return operation;
    }

    private static List<String> headerParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header")) {
                names.add(parameter.path("name").asText());
            }
        }
        return names;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void classLevelVersionedDocumentsItsGetsAndItsWrites() {
        JsonNode read = operation("/archive/{id}", "get");
        assertEquals(List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"),
                headerParameters(read));
        assertEquals(Set.of("ETag", "Last-Modified"), names(read.path("responses").path("200").path("headers")));
        assertEquals(Set.of("ETag"), names(read.path("responses").path("304").path("headers")),
                "a 304 with an ETag leaves Last-Modified out (RFC 9110 §15.4.5)");
        JsonNode patch = operation("/archive/{id}", "patch");
        assertEquals(List.of("If-Match", "If-Unmodified-Since", "If-None-Match"), headerParameters(patch));
        assertEquals(Set.of("200", "412", "428"), names(patch.path("responses")));
        assertEquals(Set.of("ETag", "Last-Modified"), names(patch.path("responses").path("200").path("headers")));
    }

    @Test
    void readOfAnEntityWithoutADateDocumentsNoLastModified() {
        JsonNode read = operation("/notes/{id}", "get");
        assertEquals(List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"),
                headerParameters(read));
        JsonNode ok = read.path("responses").path("200");
        assertEquals(Set.of("ETag"), names(ok.path("headers")), "no @LastModified / @DateUpdated: no Last-Modified");
        assertEquals("the note", ok.path("description").asText(), "the Javadoc @return, as micronaut-openapi would");
        assertEquals("#/components/schemas/NoteController.Note", ok.path("content").path("application/json").path("schema")
                .path("$ref").asText(), "the returned type's schema is kept");
        assertEquals(Set.of("ETag"), names(read.path("responses").path("304").path("headers")));
        assertEquals(Set.of("200", "304", "412"), names(read.path("responses")));
    }

    @Test
    void whatTheUserDeclaredIsKeptAndNotRepeated() {
        JsonNode read = operation("/notes/{id}/mine", "get");
        List<String> headers = headerParameters(read);
        assertEquals(1, headers.stream().filter("If-Match"::equals).count(), "one If-Match: " + headers);
        assertEquals(Set.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"), Set.copyOf(headers));
        for (JsonNode parameter : read.path("parameters")) {
            if (parameter.path("name").asText().equals("If-Match")) {
                assertEquals("my own If-Match", parameter.path("description").asText());
            }
        }
        assertEquals("my own 412", read.path("responses").path("412").path("description").asText());
        assertTrue(read.path("responses").has("304"));
    }

    @Test
    void parametersJoinTheUsersOwnOperation() {
        JsonNode read = operation("/notes/{id}/traced", "get");
        assertEquals("my summary", read.path("summary").asText());
        assertEquals(List.of("X-Trace", "If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"),
                headerParameters(read));
    }

    @Test
    void writeWithoutRequiredGuardHasNo428() {
        JsonNode replace = operation("/notes/{id}", "put");
        assertEquals(List.of("If-Match", "If-Unmodified-Since", "If-None-Match"), headerParameters(replace));
        assertEquals(Set.of("200", "412"), names(replace.path("responses")));
        assertEquals(Set.of("ETag"), names(replace.path("responses").path("200").path("headers")));
        assertEquals("#/components/schemas/NoteController.NoteText", replace.path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asText(), "CheckedState is not in the body");
    }

    @Test
    void statusAnnotationNamesTheSuccessResponse() {
        JsonNode create = operation("/notes/{id}", "post");
        assertEquals(Set.of("201", "412", "428"), names(create.path("responses")));
        assertEquals(Set.of("ETag"), names(create.path("responses").path("201").path("headers")));
        assertTrue(create.path("responses").path("428").path("description").asText().contains("If-None-Match: *"),
                "a POST evaluates an absent resource, so If-None-Match: * creates");
    }

    @Test
    void writeWithoutValidatorsKeepsMicronautOpenApiSuccessResponse() {
        JsonNode delete = operation("/notes/{id}", "delete");
        assertEquals(List.of("If-Match", "If-Unmodified-Since", "If-None-Match"), headerParameters(delete));
        assertEquals(Set.of("200", "412", "428"), names(delete.path("responses")));
        assertFalse(delete.path("responses").path("200").has("headers"), "HttpResponse<Void> carries no ETag");
        assertFalse(delete.has("requestBody"), "CheckedState is not a body");
        assertFalse(delete.path("responses").path("428").path("description").asText().contains("If-None-Match: *"),
                "DELETE of an absent resource is 404");
    }

    @Test
    void unannotatedRouteGetsNothing() {
        JsonNode plain = operation("/notes/{id}/plain", "get");
        assertEquals(List.of(), headerParameters(plain));
        assertEquals(Set.of("200"), names(plain.path("responses")));
        assertFalse(plain.path("responses").path("200").has("headers"));
    }

    @Test
    void handlersDeclaredOnAnApiInterfaceAreDocumented() {
        JsonNode read = operation("/books/{id}", "get");
        assertEquals(List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"),
                headerParameters(read), "@Versioned on the interface method");
        assertEquals(Set.of("200", "304", "412"), names(read.path("responses")));
        assertEquals(Set.of("ETag"), names(read.path("responses").path("200").path("headers")));
        JsonNode replace = operation("/books/{id}", "put");
        assertEquals(List.of("If-Match", "If-Unmodified-Since", "If-None-Match"), headerParameters(replace));
        assertEquals(Set.of("200", "412", "428"), names(replace.path("responses")));
        assertFalse(replace.path("requestBody").toString().contains("CheckedState"), "CheckedState is not in the body");
    }

    @Test
    void overridesOwnAnnotationWinsInTheDocument() {
        JsonNode delete = operation("/books/{id}", "delete");
        assertEquals(List.of("If-Match", "If-Unmodified-Since", "If-None-Match"), headerParameters(delete));
        assertEquals(Set.of("200", "412"), names(delete.path("responses")),
                "the override's requireGuard = false, not the interface's default: no 428");
    }

    @Test
    void handlerInheritedFromAnAbstractBaseIsDocumented() {
        JsonNode read = operation("/shelves/{id}", "get");
        assertEquals(List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since"),
                headerParameters(read));
        assertEquals(Set.of("200", "304", "412"), names(read.path("responses")));
    }
}
