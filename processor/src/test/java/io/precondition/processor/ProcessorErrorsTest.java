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

/**
 * One test per rule of the processor: each compiles a controller from {@code bad/} that breaks exactly that rule,
 * and asserts the stable id, the words of the fix, and the line the caret points at.
 */
class ProcessorErrorsTest {

    private static final JavaFileObject ENTITIES = JavaFileObjects.forResource("bad/Entities.java");

    private static Compilation compile(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 1];
        all[0] = ENTITIES;
        System.arraycopy(sources, 0, all, 1, sources.length);
        return javac().withProcessors(new PreconditionProcessor()).compile(all);
    }

    private static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/" + name + ".java");
    }

    /** The processor's own errors: each rule is reported once, and nothing else is. */
    private static List<String> preconditionErrors(Compilation compilation) {
        return compilation.errors().stream()
                .map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[Precondition/"))
                .collect(Collectors.toList());
    }

    private static void assertOnlyError(Compilation compilation, String id) {
        List<String> errors = preconditionErrors(compilation);
        assertEquals(1, errors.size(), () -> "expected exactly one " + id + " error, got " + errors);
        assertEquals(1, compilation.errors().size(), () -> "unexpected javac errors: " + compilation.errors());
        assertEquals(true, errors.get(0).startsWith("[Precondition/" + id + "]"), errors.get(0));
    }

    @Test
    void versionedOnPutIsAnError() {
        JavaFileObject source = bad("VersionedOnPut");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/VersionedOnWrite]")
                .inFile(source).onLineContaining("@Versioned(lookup = \"pageVersion\")");
        assertThat(compilation).hadErrorContaining("VersionedOnPut.put() is @Put; use @ConditionalWrite on writes");
        assertOnlyError(compilation, "VersionedOnWrite");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void conditionalWriteOnGetIsAnError() {
        JavaFileObject source = bad("ConditionalWriteOnGet");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/ConditionalWriteOnRead]")
                .inFile(source).onLineContaining("@ConditionalWrite(lookup = \"pageVersion\")");
        assertThat(compilation).hadErrorContaining("ConditionalWriteOnGet.get() is @Get; use @Versioned on reads");
        assertOnlyError(compilation, "ConditionalWriteOnRead");
    }

    @Test
    void preconditionOnAMethodWithoutRouteIsAnError() {
        JavaFileObject source = bad("NotAHandler");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NotAHandler]")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("NotAHandler.helper() has no HTTP method annotation");
        assertThat(compilation).hadErrorContaining("annotate it as a route or remove the precondition annotation");
        assertOnlyError(compilation, "NotAHandler");
    }

    @Test
    void handlerOutsideAControllerIsAnError() {
        JavaFileObject source = bad("NotInController");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NotInController]")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("NotInController.get() is in NotInController, which is not a"
                + " @Controller; preconditions apply to controller routes only");
    }

    @Test
    void versionedAndConditionalWriteTogetherIsAnError() {
        JavaFileObject source = bad("BothAnnotations");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/BothAnnotations]")
                .inFile(source).onLineContaining("@ConditionalWrite(lookup");
        assertThat(compilation).hadErrorContaining("keep the one that fits its HTTP method");
        assertOnlyError(compilation, "BothAnnotations");
    }

    @Test
    void privateHandlerIsAnError() {
        JavaFileObject source = bad("PrivateHandler");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/PrivateHandler]")
                .inFile(source).onLineContaining("private Entities.Page hiddenGet(");
        assertThat(compilation).hadErrorContaining("PrivateHandler.hiddenGet() is private; a route handler must not be private");
        assertOnlyError(compilation, "PrivateHandler");
    }

    @Test
    void privateControllerIsAnError() {
        JavaFileObject source = bad("PrivateController");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/PrivateController]")
                .inFile(source).onLineContaining("private static class Hidden");
        assertThat(compilation).hadErrorContaining("Make it package-private or public");
        assertOnlyError(compilation, "PrivateController");
    }

    @Test
    void fluxOfElementsWithoutTagIsAnError() {
        JavaFileObject source = bad("FluxReturn");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NoValidators]")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("FluxReturn.reactiveGet() returns"
                + " reactor.core.publisher.Flux<test.Entities.Untagged>, a list or stream whose elements have no entity tag");
        assertThat(compilation).hadErrorContaining("mark the elements' id and version with @ETagSource");
        assertOnlyError(compilation, "NoValidators");
    }

    @Test
    void streamInAMonoIsAnError() {
        JavaFileObject source = bad("MonoOfFlux");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedReturnType]")
                .inFile(source).onLineContaining("nestedGet()");
        assertThat(compilation).hadErrorContaining("MonoOfFlux.nestedGet() returns"
                + " reactor.core.publisher.Mono<reactor.core.publisher.Flux<test.Entities.Page>>");
        assertThat(compilation).hadErrorContaining("or a stream of T (Flux<T>, Publisher<T>, also in HttpResponse)");
        assertOnlyError(compilation, "UnsupportedReturnType");
    }

    @Test
    void streamOfOptionalsIsAnError() {
        JavaFileObject source = bad("FluxOfOptional");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedReturnType]")
                .inFile(source).onLineContaining("optionalsGet()");
        assertThat(compilation).hadErrorContaining("a stream must hold entities directly");
        assertOnlyError(compilation, "UnsupportedReturnType");
    }

    @Test
    void blockingFutureReturnIsAnError() {
        JavaFileObject source = bad("FutureReturn");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedReturnType]")
                .inFile(source).onLineContaining("asyncGet(String slug)");
        assertThat(compilation).hadErrorContaining("returns java.util.concurrent.Future<test.Entities.Page>");
        assertOnlyError(compilation, "UnsupportedReturnType");
    }

    @Test
    void wildcardHttpResponseOnAReadIsAnError() {
        JavaFileObject source = bad("WildcardResponse");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnknownBodyType]")
                .inFile(source).onLineContaining("wildcardGet(String slug)");
        assertThat(compilation).hadErrorContaining("returns io.micronaut.http.HttpResponse<?>, whose body type cannot be"
                + " known at compile time; return the entity type");
        assertOnlyError(compilation, "UnknownBodyType");
    }

    @Test
    void readOfATypeWithoutValidatorsIsAnError() {
        JavaFileObject source = bad("NoValidators");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NoValidators]")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("returns test.Entities.Untagged, which has no entity tag or"
                + " modification date: mark a property with @ETagSource or @LastModified");
        assertOnlyError(compilation, "NoValidators");
    }

    @Test
    void opaqueBodyWithoutLookupIsAnError() {
        JavaFileObject source = bad("OpaqueBodyWithoutLookup");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/NoValidators] OpaqueBodyWithoutLookup.html() returns"
                        + " java.lang.String, a body written as it is (text, bytes or a file)")
                .inFile(source).onLineContaining("@Versioned");
        assertThat(compilation).hadErrorContaining("name a lookup, e.g. @Versioned(lookup = \"pageVersion\")");
        assertOnlyError(compilation, "NoValidators");
    }

    @Test
    void twoVersionPropertiesAreAnError() {
        JavaFileObject source = bad("TwoVersions");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/TwoProperties] Doubled has two @Version properties,"
                        + " version and revision; keep one")
                .inFile(source).onLineContaining("@Version long revision");
        assertOnlyError(compilation, "TwoProperties");
    }

    @Test
    void twoLastModifiedPropertiesAreAnError() {
        JavaFileObject source = bad("TwoLastModified");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/TwoProperties] Dated has two @LastModified"
                        + " properties, createdAt and editedAt; keep one")
                .inFile(source).onLineContaining("public Instant editedAt");
        assertOnlyError(compilation, "TwoProperties");
    }

    @Test
    void doubleVersionIsAnUnsupportedETagType() {
        JavaFileObject source = bad("DoubleVersion");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedETagType] @ETagSource/@Version property"
                        + " weight has type java.lang.Double; supported: integral numbers, String, UUID, byte[]")
                .inFile(source).onLineContaining("private Double weight");
        assertOnlyError(compilation, "UnsupportedETagType");
    }

    @Test
    void objectETagSourceIsAnUnsupportedETagType() {
        JavaFileObject source = bad("ObjectTag");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedETagType] @ETagSource/@Version property"
                        + " token has type java.lang.Object")
                .inFile(source).onLineContaining("public Object token");
        assertOnlyError(compilation, "UnsupportedETagType");
    }

    @Test
    void stringLastModifiedIsAnUnsupportedLastModifiedType() {
        JavaFileObject source = bad("StringDate");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnsupportedLastModifiedType]"
                        + " @LastModified/@DateUpdated/@UpdateTimestamp property modified has type java.lang.String; supported: Instant, OffsetDateTime")
                .inFile(source).onLineContaining("public String modified");
        assertOnlyError(compilation, "UnsupportedLastModifiedType");
    }

    @Test
    void collectionETagSourceWithAnotherETagSourceIsAnError() {
        JavaFileObject source = bad("CollectionTagWithOthers");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/CollectionTagWithOthers] Index.pages is a collection"
                        + " @ETagSource, so it must be the type's only @ETagSource")
                .inFile(source).onLineContaining("public List<Entities.Page> pages");
        assertOnlyError(compilation, "CollectionTagWithOthers");
    }

    @Test
    void unknownZoneIsAnError() {
        JavaFileObject source = bad("BadZone");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/BadZone] @LastModified(zone = \"Mars/Olympus_Mons\")"
                        + " on modified is not a valid java.time.ZoneId; use e.g. \"UTC\" or \"Europe/Paris\"")
                .inFile(source).onLineContaining("zone = \"Mars/Olympus_Mons\"");
        assertOnlyError(compilation, "BadZone");
    }

    @Test
    void unknownZoneOnARecordComponentPointsAtTheComponent() {
        JavaFileObject source = bad("RecordBadZone");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/BadZone] @LastModified(zone = \"Europe/Atlantis\")")
                .inFile(source).onLineContaining("zone = \"Europe/Atlantis\"");
        assertOnlyError(compilation, "BadZone");
    }

    @Test
    void privateFieldWithoutGetterInAnotherPackageIsUnreadable() {
        JavaFileObject entity = bad("other/Sealed");
        JavaFileObject source = bad("UnreadableProperty");
        Compilation compilation = compile(entity, source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnreadableProperty] version of Sealed is private and"
                        + " has no getter; add a getter or record accessor")
                .inFile(entity).onLineContaining("private long version");
        assertOnlyError(compilation, "UnreadableProperty");
    }

    @Test
    void conditionalWriteWithoutLookupIsAnError() {
        JavaFileObject source = bad("LookupRequired");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupRequired] @ConditionalWrite on"
                        + " LookupRequired.put() needs a lookup method")
                .inFile(source).onLineContaining("@ConditionalWrite");
        assertThat(compilation).hadErrorContaining("set @ConditionalWrite(lookup = \"...\") or @Versioned(lookup = \"...\")"
                + " on the controller");
        assertOnlyError(compilation, "LookupRequired");
    }

    @Test
    void lookupOnIfMatchFalseNeedsAGuardedRebuildableEvaluatingWrite() {
        JavaFileObject source = bad("IfMatchWithoutLookup");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/IfMatchWithoutLookup] IfMatchWithoutLookup.unguarded()"
                        + " has lookupOnIfMatch = false but no CheckedState<V> parameter")
                .inFile(source).onLineContaining("lookup = \"dated\", lookupOnIfMatch = false)");
        assertThat(compilation).hadErrorContaining("[Precondition/IfMatchWithoutLookup] IfMatchWithoutLookup.patch()"
                        + " has lookupOnIfMatch = false, but it answers 404 for an absent resource")
                .inFile(source).onLineContaining("lookupOnIfMatch = false, lookup = \"dated\")");
        assertThat(compilation).hadErrorContaining("[Precondition/IfMatchWithoutLookup] IfMatchWithoutLookup.titledPut()"
                        + " has lookupOnIfMatch = false, but its lookup's value test.IfMatchWithoutLookup.Titled cannot"
                        + " be rebuilt from an If-Match tag: its component title is neither a part of the entity tag"
                        + " nor a nullable Last-Modified")
                .inFile(source).onLineContaining("lookup = \"titled\", lookupOnIfMatch = false");
        // The DELETE that evaluates an absent resource is a correct use.
        assertEquals(3, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
    }

    @Test
    void misspelledLookupIsAnError() {
        JavaFileObject source = bad("LookupNotFound");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupNotFound] no method pageVersoin in"
                        + " LookupNotFound (named by LookupNotFound.put()); add one that takes route variables and"
                        + " returns Optional<V>, or fix the name")
                .inFile(source).onLineContaining("lookup = \"pageVersoin\"");
        assertOnlyError(compilation, "LookupNotFound");
    }

    @Test
    void overloadedLookupIsAnError() {
        JavaFileObject source = bad("LookupOverloaded");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupOverloaded] LookupOverloaded has several"
                        + " methods named pageVersion; a lookup must have exactly one")
                .inFile(source).onLineContaining("lookup = \"pageVersion\"");
        assertOnlyError(compilation, "LookupOverloaded");
    }

    @Test
    void privateLookupIsAnError() {
        JavaFileObject source = bad("LookupPrivate");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupNotAccessible] lookup method"
                        + " LookupPrivate.pageVersion() is private (or static); make it a package-private or public"
                        + " instance method")
                .inFile(source).onLineContaining("private Optional<Entities.PageVersion> pageVersion(");
        assertOnlyError(compilation, "LookupNotAccessible");
    }

    @Test
    void staticLookupIsAnError() {
        JavaFileObject source = bad("LookupStatic");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupNotAccessible]")
                .inFile(source).onLineContaining("static Optional<Entities.PageVersion> pageVersion(");
        assertOnlyError(compilation, "LookupNotAccessible");
    }

    @Test
    void lookupParameterThatIsNotARouteVariableIsAnError() {
        JavaFileObject source = bad("LookupParameter");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupParameter] parameter title of lookup"
                        + " LookupParameter.pageVersion() is not a route variable of the handler (route variables:"
                        + " slug); name it after one, or use @PathVariable(\"name\")")
                .inFile(source).onLineContaining("pageVersion(String title)");
        assertOnlyError(compilation, "LookupParameter");
    }

    @Test
    void lookupReturningStringIsAnError() {
        JavaFileObject source = bad("LookupReturnType");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupReturnType] lookup"
                        + " LookupReturnType.pageVersion() returns java.lang.String; return Optional<V> (or a nullable V)")
                .inFile(source).onLineContaining("String pageVersion(String slug)");
        assertOnlyError(compilation, "LookupReturnType");
    }

    @Test
    void lookupWithOtherValidatorsThanTheBodyIsAnError() {
        JavaFileObject source = bad("LookupMismatch");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupMismatch] lookup pageVersion gives validators"
                        + " ETag(version: number), no Last-Modified but LookupMismatch.get() returns validators"
                        + " ETag(id: uuid, version: number) + Last-Modified; both must describe the same entity tag")
                .inFile(source).onLineContaining("lookup = \"pageVersion\"");
        assertOnlyError(compilation, "LookupMismatch");
    }

    @Test
    void lookupWithTheSamePartsInAnotherOrderIsAnError() {
        JavaFileObject source = bad("LookupTagOrder");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/LookupMismatch] lookup docVersion gives validators"
                        + " ETag(version: number, tenant: string), no Last-Modified but LookupTagOrder.get() returns"
                        + " validators ETag(tenant: string, version: number), no Last-Modified")
                .inFile(source).onLineContaining("lookup = \"docVersion\"");
        assertOnlyError(compilation, "LookupMismatch");
    }

    @Test
    void conditionalWriteWithoutCheckedStateIsAnError() {
        JavaFileObject source = bad("UnguardedWrite");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/UnguardedWrite] UnguardedWrite.put() is a"
                        + " @ConditionalWrite without a CheckedState parameter")
                .inFile(source).onLineContaining("@ConditionalWrite(lookup = \"pageVersion\")");
        assertThat(compilation).hadErrorContaining("Take CheckedState<PageVersion> and hand its version to the write");
        assertThat(compilation).hadErrorContaining("@ConditionalWrite(guardsWriteItself = true)");
        assertOnlyError(compilation, "UnguardedWrite");
    }

    @Test
    void controllerInheritingAnAnnotatedHandlerIsAnError() {
        JavaFileObject source = bad("ControllerSubclass");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/InheritedHandler] V2 inherits the annotated handler"
                        + " ControllerSubclass.get() from another controller, whose generated bindings cover only the"
                        + " controller that declares it")
                .inFile(source).onLineContaining("class V2 extends");
        // other() is overridden in V2 with its annotations: no error for it.
        assertOnlyError(compilation, "InheritedHandler");
    }

    @Test
    void eachBadControllerGetsItsOwnErrorsAndAGoodOneStillGetsItsFilter() {
        JavaFileObject first = bad("VersionedOnPut");
        JavaFileObject second = bad("LookupParameter");
        JavaFileObject good = JavaFileObjects.forResource("good/RecordPageController.java");
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = javac().withProcessors(processor).compile(ENTITIES, first, good, second);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[Precondition/VersionedOnWrite]")
                .inFile(first).onLineContaining("@Versioned(lookup = \"pageVersion\")");
        assertThat(compilation).hadErrorContaining("[Precondition/LookupParameter]")
                .inFile(second).onLineContaining("pageVersion(String title)");
        assertEquals(2, preconditionErrors(compilation).size(), () -> preconditionErrors(compilation).toString());
        assertEquals(List.of("test.pages.RecordPageControllerPreconditions"), processor.createdSources);
    }
}
