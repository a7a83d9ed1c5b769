package io.precondition.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import javax.tools.JavaFileObject;
import java.util.List;
import java.util.stream.Collectors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The immutable body types written for declarative clients ({@link ClientBodies}, {@link ClientBodiesWriter}): which
 * versioned reads' bodies precondition-client may decode once per stored response and hand to every caller.
 */
class ClientBodiesTest {

    private static final JavaFileObject TAGGED = JavaFileObjects.forResource("good/client/Tagged.java");
    private static final JavaFileObject IMMUTABLE_BODIES =
            JavaFileObjects.forResource("good/client/ImmutableBodies.java");
    private static final JavaFileObject READING_CLIENTS = JavaFileObjects.forResource("good/client/ReadingClients.java");

    private static List<String> generated(Compilation compilation) {
        return compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/", ""))
                .sorted()
                .collect(Collectors.toList());
    }

    /**
     * Listed, each once, as the client sees the body: records of value types, enums and themselves, behind
     * CompletableFuture, Mono, HttpResponse, Tagged and Optional; String; a primitive; a generic API's type argument.
     * Not listed: lists, maps, arrays, records with a list or a type parameter, classes with setters, and reads that
     * are not versioned. A client with nothing immutable gets no class.
     */
    @Test
    void versionedReadsOfImmutableTypesAreListedOnce(TestInfo test) {
        Compilation compilation = javac().withProcessors(new PreconditionProcessor())
                .compile(TAGGED, IMMUTABLE_BODIES, READING_CLIENTS);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("ReadingClients_ReadsImmutableBodies.java"), generated(compilation));
        Goldens.assertMatches(compilation, test.getTestMethod().orElseThrow().getName(),
                "test.client.ReadingClients_ReadsImmutableBodies");
    }

    /** Without precondition-client on the compile path nothing would read the list: none is written. */
    @Test
    void nothingIsWrittenWithoutPreconditionClient() {
        Compilation compilation = javac().withProcessors(new PreconditionProcessor()).compile(TAGGED, READING_CLIENTS);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), generated(compilation));
    }

    /** A client whose methods break a rule fails to compile and gets nothing written. */
    @Test
    void aClientWithProblemsGetsNothingWritten() {
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = javac().withProcessors(processor).compile(TAGGED, IMMUTABLE_BODIES,
                JavaFileObjects.forResource("bad/client/ClientVersionedNotGet.java"));
        assertThat(compilation).hadErrorContaining("[Precondition/ClientVersionedNotGet]");
        assertEquals(List.of(), processor.createdSources);
    }
}
