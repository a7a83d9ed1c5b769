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
 * Kotlin controllers as javac sees them in kapt's stubs ({@code kotlin/}): a {@code suspend fun} returns
 * {@code Object} and takes a trailing {@code Continuation<? super T>}; an annotation on a constructor property
 * without {@code @field:} lands on the constructor parameter only. kotlin-stdlib is on the test class path, as on a
 * Kotlin application's.
 */
class KotlinShapesTest {

    private static final JavaFileObject ENTITIES = JavaFileObjects.forResource("bad/Entities.java");

    private static JavaFileObject kotlin(String name) {
        return JavaFileObjects.forResource("kotlin/" + name + ".java");
    }

    private static Compilation compile(JavaFileObject source) {
        return javac().withProcessors(new PreconditionProcessor()).compile(ENTITIES, source);
    }

    private static List<String> preconditionErrors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[Precondition/")).collect(Collectors.toList());
    }

    /**
     * Suspend handlers and lookups: the value type is T of the continuation; lookups are called through
     * SuspendCalls (a stage, so the request filter never blocks), and the continuation is no lookup parameter.
     */
    @Test
    void suspendHandlersAndLookups(TestInfo test) {
        Compilation compilation = compile(kotlin("SuspendController"));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertMatches(compilation, test.getTestMethod().orElseThrow().getName(),
                "test.kotlin.SuspendControllerPreconditions");
    }

    @Test
    void suspendGetOfAnUntaggedValueNamesSuspend() {
        JavaFileObject source = kotlin("SuspendUntagged");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NoValidators] SuspendUntagged.get() returns"
                        + " test.Entities.Untagged (suspend fun), which has no entity tag or modification date")
                .inFile(source).onLineContaining("@Versioned");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    @Test
    void suspendGetOfAFutureIsRefusedNamingSuspend() {
        JavaFileObject source = kotlin("SuspendFuture");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedReturnType] SuspendFuture.futureGet()"
                        + " returns java.util.concurrent.Future<test.Entities.Page> (suspend fun)")
                .inFile(source).onLineContaining("futureGet(String slug");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    @Test
    void suspendLookupOfAMonoIsRefusedNamingSuspend() {
        JavaFileObject source = kotlin("SuspendLookupOfMono");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupReturnType] lookup"
                        + " SuspendLookupOfMono.pageVersion() returns"
                        + " reactor.core.publisher.Mono<test.Entities.PageVersion> (suspend fun);")
                .inFile(source).onLineContaining("Object pageVersion(String slug");
        assertThat(compilation).hadErrorContaining("also in a Mono or CompletionStage or from a Kotlin suspend fun");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    /** {@code data class Note(@Version val version: Long)}: the hint names the parameter and {@code @field:}. */
    @Test
    void versionOnAConstructorParameterOnlyHintsAtFieldTarget() {
        JavaFileObject source = kotlin("ConstructorParameterVersion");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NoValidators] ConstructorParameterVersion.get()"
                        + " returns test.kotlin.ConstructorParameterVersion.Note, which has no entity tag")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("The constructor of Note has @Version version on its"
                + " parameters only, where no field or getter carries it: in a Kotlin class an"
                + " annotation on a constructor property lands on the parameter; write @field:Version (or"
                + " @get:Version) instead.");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    /** The same with a field {@code @DateUpdated} beside it: an error on the parameter, not a filter without an ETag. */
    @Test
    void versionOnAConstructorParameterBesideAFieldDateIsAnError() {
        JavaFileObject source = kotlin("ParameterVersionBesideFieldDate");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ParameterOnlyAnnotation] Note's validators are read"
                        + " from its fields and getters, so this annotation would be ignored. The constructor of Note has"
                        + " @Version version on its parameters only")
                .inFile(source).onLineContaining("public Note(long id, @Version long version");
        assertThat(compilation).hadErrorContaining("write @field:Version (or @get:Version) instead.");
        assertEquals(1, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }
}
