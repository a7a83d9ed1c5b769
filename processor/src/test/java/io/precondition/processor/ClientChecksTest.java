package io.precondition.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import java.util.List;
import java.util.stream.Collectors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules for declarative {@code @Client} types ({@link ClientMethodRules}): each bad client from {@code bad/client/}
 * fails with the rule's id on the element at fault; the clients of {@code good/client/} compile clean.
 */
class ClientChecksTest {

    /** precondition-client's Tagged, by name: the processor's tests do not depend on precondition-client. */
    private static final JavaFileObject TAGGED = JavaFileObjects.forResource("good/client/Tagged.java");

    private static Compilation compile(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 1];
        all[0] = TAGGED;
        System.arraycopy(sources, 0, all, 1, sources.length);
        return javac().withProcessors(new PreconditionProcessor()).compile(all);
    }

    private static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/client/" + name + ".java");
    }

    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(null)).collect(Collectors.toList());
    }

    private static void assertOnlyErrors(Compilation compilation, int count, String id) {
        List<String> errors = errors(compilation);
        assertEquals(count, errors.size(), () -> "expected " + count + " " + id + " errors, got " + errors);
        for (String error : errors) {
            assertTrue(error.startsWith("[Precondition/" + id + "] "), error);
        }
    }

    @Test
    void conditionalWriteWithoutPreconditionParameterIsAnErrorOnTheMethod() {
        JavaFileObject source = bad("ClientWriteWithoutPrecondition");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ClientWriteWithoutPrecondition]"
                        + " ClientWriteWithoutPrecondition.blindWrite is @ConditionalWrite but has no way to receive the"
                        + " precondition of the representation its caller changed: take the value returned by a"
                        + " @Versioned read as a Tagged<T> @Body, or add a parameter @Header(\"If-Match\") String ifMatch"
                        + " (@Header(\"If-None-Match\") String for a create).")
                .inFile(source).onLineContaining("String blindWrite(");
        assertOnlyErrors(compilation, 1, "ClientWriteWithoutPrecondition");
    }

    @Test
    void versionedOnAClientPutIsAnErrorOnItsAnnotation() {
        JavaFileObject source = bad("ClientVersionedNotGet");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ClientVersionedNotGet] ClientVersionedNotGet.write"
                        + " has @Versioned, which is for GET reads; use @ConditionalWrite on a write.")
                .inFile(source).onLine(18);
        assertOnlyErrors(compilation, 1, "ClientVersionedNotGet");
    }

    @Test
    void abstractClassClientIsCheckedToo() {
        JavaFileObject source = bad("AbstractClassClient");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ClientWriteWithoutPrecondition]"
                        + " AbstractClassClient.remove is @ConditionalWrite")
                .inFile(source).onLineContaining("public abstract void remove(");
        assertOnlyErrors(compilation, 1, "ClientWriteWithoutPrecondition");
    }

    /**
     * Micronaut's shared API idiom: the controller implementing the API is fine without If-Match; the client extending
     * it cannot send one, which is reported on the client, naming the API's method and the fixes.
     */
    @Test
    void clientInheritingAWriteItCannotSendConditionallyIsAnErrorOnTheClient() {
        JavaFileObject client = bad("SharedNoteClient");
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = javac().withProcessors(processor)
                .compile(TAGGED, bad("SharedNoteApi"), bad("SharedNoteController"), client);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ClientWriteWithoutPrecondition] SharedNoteClient.put,"
                        + " inherited from SharedNoteApi.put, is @ConditionalWrite but has no way to receive the"
                        + " precondition of the representation its caller changed (a controller implementing"
                        + " SharedNoteApi needs none; the client SharedNoteClient does): add a parameter @Nullable"
                        + " @Header(\"If-Match\") String ifMatch to SharedNoteApi.put (@Header(\"If-None-Match\") for a"
                        + " create), or override put in SharedNoteClient with @Header(\"If-Match\") on a String parameter"
                        + " it has, or take the value returned by a @Versioned read as a Tagged<T> @Body.")
                .inFile(client).onLineContaining("interface SharedNoteClient");
        assertOnlyErrors(compilation, 1, "ClientWriteWithoutPrecondition");
        // The controller still gets its bindings.
        assertEquals(List.of("test.client.SharedNoteControllerPreconditions"), processor.createdSources);
    }

    /** The API alone, compiled elsewhere as far as the client knows: the error is still the client's. */
    @Test
    void clientOfAnApiWithoutControllerIsCheckedToo() {
        JavaFileObject client = bad("SharedNoteClient");
        Compilation compilation = compile(bad("SharedNoteApi"), client);
        assertThat(compilation).hadErrorContaining("[Precondition/ClientWriteWithoutPrecondition] SharedNoteClient.put,")
                .inFile(client).onLineContaining("interface SharedNoteClient");
        assertOnlyErrors(compilation, 1, "ClientWriteWithoutPrecondition");
    }

    @Test
    void redeclaredWriteWithoutPreconditionParameterIsAnErrorOnTheRedeclaration() {
        JavaFileObject client = bad("RedeclaringClient");
        Compilation compilation = compile(bad("SharedNoteApi"), client);
        assertThat(compilation).hadErrorContaining("[Precondition/ClientWriteWithoutPrecondition] RedeclaringClient.put"
                        + " is @ConditionalWrite")
                .inFile(client).onLineContaining("Note put(");
        assertOnlyErrors(compilation, 1, "ClientWriteWithoutPrecondition");
    }

    @Test
    void clientInheritingVersionedOnAPostIsAnErrorOnTheClient() {
        JavaFileObject source = bad("InheritedVersionedNotGet");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[Precondition/ClientVersionedNotGet] SearchClient.search, inherited"
                        + " from InheritedVersionedNotGet.search, has @Versioned, which is for GET reads; use"
                        + " @ConditionalWrite on a write (on InheritedVersionedNotGet.search).")
                .inFile(source).onLineContaining("interface SearchClient");
        assertOnlyErrors(compilation, 1, "ClientVersionedNotGet");
    }

    /**
     * Tagged body, If-Match by value, by name and by the hyphenated parameter name, If-None-Match, If-Unmodified-Since,
     * an override that binds the inherited parameter, a generic API's Tagged body, an abstract class client.
     */
    @Test
    void clientsThatCanCarryTheirPreconditionsCompileClean() {
        Compilation compilation = compile(JavaFileObjects.forResource("good/client/GoodClients.java"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** A client extending an API whose write takes the If-Match, as the fix says; the controller ignores it. */
    @Test
    void sharedApiWithAnIfMatchParameterCompilesClean() {
        Compilation compilation = compile(JavaFileObjects.forResource("good/api/NoteApi.java"),
                JavaFileObjects.forResource("good/api/NoteController.java"));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList()));
    }

    @Test
    void hyphenatesParameterNamesAsMicronautDoes() {
        assertEquals("if-match", ClientMethodRules.hyphenate("ifMatch"));
        assertEquals("if-none-match", ClientMethodRules.hyphenate("ifNoneMatch"));
        assertEquals("if-unmodified-since", ClientMethodRules.hyphenate("if_unmodified_since"));
        assertEquals("etag", ClientMethodRules.hyphenate("etag"));
    }
}
