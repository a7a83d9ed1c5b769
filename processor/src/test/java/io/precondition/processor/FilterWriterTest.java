package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.HandlerModel.Argument;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.ValidatorModel.DateKind;
import io.precondition.processor.ValidatorModel.DatePart;
import io.precondition.processor.ValidatorModel.PartKind;
import io.precondition.processor.ValidatorModel.TagPart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer alone, from hand-built models: no javac. */
class FilterWriterTest {

    private static final ClassName CONTROLLER = ClassName.get("com.example", "WikiController");
    private static final ClassName FILTER = ClassName.get("com.example", "WikiControllerPreconditions");
    private static final ClassName PAGE = ClassName.get("com.example", "Page");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");

    private static ValidatorModel page(ClassName type, String simpleName) {
        return new ValidatorModel(type, simpleName,
                List.of(new TagPart("value.id()", ClassName.get("java.util", "UUID"), PartKind.UUID, false, "id"),
                        new TagPart("value.version()", TypeName.LONG, PartKind.NUMBER, true, "version")),
                null, new DatePart("value.updatedAt()", INSTANT, DateKind.INSTANT, false, "UTC"));
    }

    private static String write(HandlerModel... handlers) {
        return new FilterWriter().write(new ControllerModel(CONTROLLER, FILTER, List.of("/wiki/**"),
                List.of(handlers))).toString();
    }

    @Test
    void readWithoutLookupOnlyAddsValidatorsAfterTheHandler() {
        String source = write(new HandlerModel("show", "WikiController.show", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains("package com.example;"), source);
        assertTrue(source.contains("@ServerFilter(\n        patterns = {\"/wiki/**\"}\n)"), source);
        assertTrue(source.contains("private static final HandlerPolicy SHOW_POLICY = HandlerPolicy.read(\"WikiController.show\");"), source);
        assertTrue(source.contains("body instanceof Page value ? validatorsOfPage(value) : null"), source);
        assertTrue(source.contains("return EntityTag.builder().add(part0).add(part1).strong();"), source);
        assertTrue(source.contains("if (part0 == null) {"), source);
        assertFalse(source.contains("part1 == null"), "a primitive part is never null:\n" + source);
        assertFalse(source.contains("case \"show\": {\n                if (support.isUnconditional"), source);
        assertFalse(source.contains("@ExecuteOn"), source);
    }

    @Test
    void writeWithLookupCallsItWithRouteVariablesBeforeTheHandler() {
        LookupModel lookup = new LookupModel("pageVersion",
                List.of(new Argument("space", ClassName.get(String.class)), new Argument("id", TypeName.LONG.box())),
                false, page(PAGE, "Page"));
        String source = write(new HandlerModel("replaceAll", "WikiController.replaceAll", true, false, true, lookup,
                null, HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains("REPLACE_ALL_POLICY = HandlerPolicy.write(\"WikiController.replaceAll\", false, true);"), source);
        assertTrue(source.contains("Page current = controller.pageVersion(support.pathVariable(request, \"space\","
                + " String.class), support.pathVariable(request, \"id\", Long.class));"), source);
        assertFalse(source.contains(".orElse(null)"), "a nullable lookup is not unwrapped:\n" + source);
        assertTrue(source.contains("return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request,"
                + " REPLACE_ALL_POLICY, validators, current));"), source);
        assertTrue(source.contains("return support.afterWrite(request, response, REPLACE_ALL_POLICY, null);"), source);
    }

    @Test
    void lookupsRunWhereTheHandlerRuns() {
        LookupModel lookup = new LookupModel("pageVersion", List.of(), true, page(PAGE, "Page"));
        String source = new FilterWriter().write(new ControllerModel(CONTROLLER, FILTER, List.of("/wiki"),
                List.of(new HandlerModel("get", "WikiController.get", false, true, true, lookup, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE), new HandlerModel("put", "WikiController.put", true, true, false,
                        lookup, null, HandlerModel.BodyShape.VALUE)))).toString();
        // The filter stays on the event loop: an unconditional GET returns at once, a conditional one hands the
        // lookup to support.runLookup, which runs it on the handler's executor when the route has one; so does a write.
        // A lookup that throws: Micronaut would skip the response phase, so the stage recovers (503 for an outage).
        assertTrue(source.contains(".exceptionally(failure -> support.lookupFailed(request, PUT_POLICY, failure));"),
                source);
        assertFalse(source.contains("@ExecuteOn"), source);
        // Micronaut's http-validation accepts this filter, and the publisher always emits one response: the answer
        // or the handler's by the continuation (a stage completed later with null or empty was an empty 503).
        assertTrue(source.contains("@RequestFilter\n    public Publisher<HttpResponse<?>> beforeHandler(HttpRequest<?> request,"
                + "\n            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {\n"
                + "        return AnswerOrProceed.of(answerBeforeHandler(request), continuation);"), source);
        assertTrue(source.contains("private CompletionStage<Optional<HttpResponse<?>>> answerBeforeHandler("), source);
        assertFalse(source.contains("public CompletionStage<Optional"), source);
        assertFalse(source.contains("ExecutorService"), source);
        // The answer's stage completes with Optional.empty(), not null, to run the handler.
        assertTrue(source.contains("if (support.isUnconditional(request)) {\n                    return"
                + " CompletableFuture.completedFuture(Optional.empty());"), source);
        assertTrue(source.contains("return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {\n"
                + "                            Page current = controller.pageVersion().orElse(null);"), source);
        assertTrue(source.contains("return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY,"
                + " validators));"), source);
        assertTrue(source.contains("return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUT_POLICY,"
                + " validators, current));"), source);
    }

    @Test
    void policyConstantsOfDistinctNamesNeverCollide() {
        String source = write(
                new HandlerModel("getPage", "WikiController.getPage", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE),
                new HandlerModel("get_page", "WikiController.get_page", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE),
                new HandlerModel("Get_Page", "WikiController.Get_Page", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains(" GET_PAGE_POLICY = HandlerPolicy.read(\"WikiController.getPage\")"), source);
        assertTrue(source.contains(" GET__PAGE_POLICY = HandlerPolicy.read(\"WikiController.get_page\")"), source);
        assertTrue(source.contains(" _GET___PAGE_POLICY = HandlerPolicy.read(\"WikiController.Get_Page\")"), source);
    }

    @Test
    void aSharedNameIsToldApartByTheParameterTypes() {
        HandlerModel get = new HandlerModel("get", "WikiController.get", false, true, true, null, page(PAGE, "Page"),
                HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class), TypeName.LONG), true);
        String source = write(get);
        assertTrue(source.contains("case \"get\": {\n                if (support.routedToParameters(request,"
                + " String.class, long.class)) {\n"), source);
        assertTrue(source.contains("                }\n                return response;\n            }"), source);
    }

    @Test
    void annotatedOverloadsShareOneCaseWithTheirOwnConstants() {
        HandlerModel get = new HandlerModel("get", "WikiController.get", false, true, true, null, page(PAGE, "Page"),
                HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class)), true);
        HandlerModel revision = new HandlerModel("get", "WikiController.get", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class), TypeName.INT),
                true).withOverload(1);
        String source = write(get, revision);
        assertTrue(source.contains(" GET_POLICY = HandlerPolicy.read("), source);
        assertTrue(source.contains(" GET_POLICY_2 = HandlerPolicy.read("), source);
        assertEquals(1, source.split("case \"get\":", -1).length - 1, "one case for the name: " + source);
        assertTrue(source.contains("if (support.routedToParameters(request, String.class, int.class)) {"), source);
    }

    @Test
    void localDateTimeOutsideUtcUsesItsZone() {
        ValidatorModel dated = new ValidatorModel(PAGE, "Page", List.of(), null, new DatePart("value.getAt()",
                ClassName.get("java.time", "LocalDateTime"), DateKind.LOCAL, false, "Europe/Paris"));
        String source = write(new HandlerModel("get", "WikiController.get", false, true, true, null, dated,
                HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains("return Validators.of(null, lastModified == null ? null"
                + " : lastModified.atZone(ZoneId.of(\"Europe/Paris\")).toInstant());"), source);
        assertFalse(source.contains("entityTagOfPage"), "no tag, no tag method:\n" + source);
    }

    @Test
    void sameSimpleNameInTwoPackagesGetsTwoMethods() {
        ClassName otherPage = ClassName.get("com.example.archive", "Page");
        LookupModel lookup = new LookupModel("archived", List.of(), true, page(otherPage, "Page"));
        String source = write(new HandlerModel("get", "WikiController.get", false, true, true, lookup,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains("validatorsOfPage(com.example.archive.Page value)"), source);
        assertTrue(source.contains("validatorsOfComExamplePage(Page value)"), source);
        assertTrue(source.contains("body instanceof Page value ? validatorsOfComExamplePage(value)"), source);
        assertEquals(1, count(source, "private static Validators validatorsOfPage("), source);
    }

    @Test
    void streamIsCollectedInAStageAndTheOtherHandlersAnswerAtOnce() {
        String source = write(
                new HandlerModel("stream", "WikiController.stream", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.STREAM),
                new HandlerModel("show", "WikiController.show", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains("public CompletionStage<MutableHttpResponse<?>> afterHandler("), source);
        assertTrue(source.contains("return support.afterStream(request, response, STREAM_POLICY,"
                + " elements -> Validators.of(entityTagOfPageList(elements), null));"), source);
        assertTrue(source.contains("return CompletableFuture.completedFuture(support.afterRead(request, response,"
                + " SHOW_POLICY, body instanceof Page value ? validatorsOfPage(value) : null));"), source);
        assertTrue(source.contains("private static EntityTag entityTagOfPageList(Iterable<?> elements)"), source);
    }

    @Test
    void withoutStreamsTheResponseFilterAnswersAtOnce() {
        String source = write(new HandlerModel("show", "WikiController.show", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.COLLECTION));
        assertTrue(source.contains("public MutableHttpResponse<?> afterHandler("), source);
        assertFalse(source.contains("afterStream"), source);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
