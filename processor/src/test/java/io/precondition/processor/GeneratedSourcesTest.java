package io.precondition.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiles the controllers in {@code good/} with the processor, asserts that they and the generated filters compile
 * without a warning, and compares each generated filter with its golden file in {@code goldens/<test>/}.
 */
class GeneratedSourcesTest {

    private static Compilation compile(String... names) {
        JavaFileObject[] sources = new JavaFileObject[names.length];
        for (int i = 0; i < names.length; i++) {
            sources[i] = JavaFileObjects.forResource("good/" + names[i] + ".java");
        }
        Compilation compilation = javac().withProcessors(new PreconditionProcessor()).compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static void assertGolden(Compilation compilation, TestInfo test, String qualifiedName) {
        Goldens.assertMatches(compilation, test.getTestMethod().orElseThrow().getName(), qualifiedName);
    }

    /**
     * Micronaut's shared API idiom: routes and preconditions declared on an interface that the controller implements
     * (and a declarative @Client extends) are the controller's handlers; an override's own annotation wins; a handler
     * inherited from an abstract base is the concrete controller's; the @Client gets nothing.
     */
    @Test
    void sharedApiInterfacesAndAbstractBasesGiveTheControllerItsHandlers(TestInfo test) {
        Compilation compilation = compile("api/NoteApi", "api/NoteController", "api/TaggedBase", "api/TaggedController");
        assertGolden(compilation, test, "test.api.NoteControllerPreconditions");
        assertGolden(compilation, test, "test.api.TaggedControllerPreconditions");
        assertTrue(compilation.generatedSourceFiles().stream()
                .noneMatch(file -> file.getName().contains("NoteClient") || file.getName().contains("NoteApi")
                        || file.getName().contains("Base")), () -> compilation.generatedSourceFiles().toString());
    }

    /** Records with @ETagSource UUID + @Version long + @DateUpdated Instant, Optional lookup, every write shape. */
    @Test
    void recordEntityWithOptionalLookupAndWrites(TestInfo test) {
        Compilation compilation = compile("RecordPageController");
        assertGolden(compilation, test, "test.pages.RecordPageControllerPreconditions");
    }

    /** Getters of a POJO, Micronaut Data's @Version Long + @DateUpdated LocalDateTime, a nullable lookup. */
    @Test
    void pojoEntityWithNullableLookupAndRegexRoute(TestInfo test) {
        Compilation compilation = compile("PojoArticleController");
        assertGolden(compilation, test, "test.articles.PojoArticleControllerPreconditions");
    }

    /** List<T>, HttpResponse<Page<T>>, and a collection @ETagSource: weak digests of the elements' tags. */
    @Test
    void collectionReturnsGetWeakDigests(TestInfo test) {
        Compilation compilation = compile("CollectionController");
        assertGolden(compilation, test, "test.catalog.CollectionControllerPreconditions");
    }

    /**
     * String, HttpResponse<byte[]> and StreamedFile bodies are versioned by the lookup, which then runs for every
     * request; @Versioned(cacheControl, vary) become the policy constants, a method's own winning over the class's.
     */
    @Test
    void opaqueBodiesAreVersionedByTheLookupWithDeclaredCaching(TestInfo test) {
        Compilation compilation = compile("RenderedController");
        assertGolden(compilation, test, "test.rendered.RenderedControllerPreconditions");
    }

    /** Class-level @Versioned(lookup): every @Get, and the lookup of a @ConditionalWrite without its own. */
    @Test
    void classLevelVersionedAppliesToGetsAndLendsItsLookup(TestInfo test) {
        Compilation compilation = compile("ClassLevelController");
        assertGolden(compilation, test, "test.docs.ClassLevelControllerPreconditions");
    }

    /** Long epoch millis, LocalDateTime in a zone, ZonedDateTime and java.util.Date. */
    @Test
    void everyKindOfModificationDate(TestInfo test) {
        Compilation compilation = compile("DatesController");
        assertGolden(compilation, test, "test.dates.DatesControllerPreconditions");
    }

    /** Private @Version/@DateUpdated fields of a superclass are read through the inherited getters. */
    @Test
    void superclassPrivateFieldsAreReadThroughGetters(TestInfo test) {
        Compilation compilation = compile("shared/Base", "PostController");
        assertGolden(compilation, test, "test.posts.PostControllerPreconditions");
    }

    /** a.Item and b.Item get distinct generated methods, so that the filter compiles. */
    @Test
    void typesWithTheSameSimpleNameGetDistinctMethods(TestInfo test) {
        Compilation compilation = compile("one/Item", "two/Item", "ItemController");
        assertGolden(compilation, test, "test.ItemControllerPreconditions");
    }

    /** Mono and CompletableFuture handlers, Mono and CompletionStage<Optional> lookups: the filter returns a stage. */
    @Test
    void reactiveHandlersAndLookups(TestInfo test) {
        Compilation compilation = compile("ReactiveController");
        assertGolden(compilation, test, "test.reactive.ReactiveControllerPreconditions");
    }

    /** lookupOnIfMatch = false: a single strong If-Match is read back into the lookup's record. */
    @Test
    void ifMatchRebuildsTheLookupValue(TestInfo test) {
        Compilation compilation = compile("IfMatchController");
        assertGolden(compilation, test, "test.ifmatch.IfMatchControllerPreconditions");
    }

    /**
     * An unannotated overload of a handler is told apart by its parameter types; getPage and get_page get two
     * constants (they shared one, which did not compile).
     */
    @Test
    void sharedNamesAreToldApartAndConstantsNeverCollide(TestInfo test) {
        Compilation compilation = compile("SharedNameController");
        assertGolden(compilation, test, "test.names.SharedNameControllerPreconditions");
    }

    /**
     * Annotated overloads of one name share the switch's case and are told apart by their parameter types; each has
     * its own constant, lookup and caching; an unannotated overload beside them leaves the case.
     */
    @Test
    void annotatedOverloadsShareACaseAndKeepTheirOwnPolicies(TestInfo test) {
        Compilation compilation = compile("OverloadedController");
        assertGolden(compilation, test, "test.overloads.OverloadedControllerPreconditions");
    }

    /** A property placeholder in the controller's path stays in the filter's pattern, which Micronaut resolves. */
    @Test
    void placeholderInTheControllerPathIsKeptInThePattern(TestInfo test) {
        Compilation compilation = compile("PlaceholderController");
        assertGolden(compilation, test, "test.placeholder.PlaceholderControllerPreconditions");
    }

    /**
     * Flux, Publisher and HttpResponse of either: the response filter collects the stream in a stage; a
     * {@code @SingleResult Publisher} and {@code HttpResponse<Mono>} are one value, as for Micronaut.
     */
    @Test
    void streamsAreCollectedBeforeTheirValidators(TestInfo test) {
        Compilation compilation = compile("StreamController");
        assertGolden(compilation, test, "test.stream.StreamControllerPreconditions");
    }
}
