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

/** The writer alone, from hand-built models: no javac. The generated class is data and direct calls only. */
class BindingWriterTest {

    private static final ClassName CONTROLLER = ClassName.get("com.example", "WikiController");
    private static final ClassName BINDINGS = ClassName.get("com.example", "WikiControllerPreconditions");
    private static final ClassName PAGE = ClassName.get("com.example", "Page");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");

    private static ValidatorModel page(ClassName type, String simpleName) {
        return new ValidatorModel(type, simpleName,
                List.of(new TagPart("value.id()", ClassName.get("java.util", "UUID"), PartKind.UUID, false, "id"),
                        new TagPart("value.version()", TypeName.LONG, PartKind.NUMBER, true, "version")),
                null, new DatePart("value.updatedAt()", INSTANT, DateKind.INSTANT, false, "UTC"));
    }

    private static String write(HandlerModel... handlers) {
        return new BindingWriter().write(new ControllerModel(CONTROLLER, BINDINGS, List.of(handlers)))
                .toString();
    }

    @Test
    void aReadWithoutLookupIsItsPolicyAndItsBodysValidators() {
        String source = write(new HandlerModel("show", "WikiController.show", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class)), false));
        assertTrue(source.contains("package com.example;"), source);
        assertTrue(source.contains("public final class WikiControllerPreconditions implements HandlerBindings {"),
                source);
        assertTrue(source.contains("@Singleton\n@Requires(\n        beans = WikiController.class\n)"), source);
        assertTrue(source.contains(" * The conditional request handling (RFC 9110 §13) of {@link WikiController}'s"), source);
        assertTrue(source.contains("HandlerBinding.of(\"show\", HandlerPolicy.read(\"WikiController.show\"),"
                + " String.class)\n"), source);
        assertTrue(source.contains(".withBody(Page.class, WikiControllerPreconditions::validatorsOfPage)"), source);
        assertTrue(source.contains("return EntityTag.builder().add(part0).add(part1).strong();"), source);
        assertTrue(source.contains("if (part0 == null) {"), source);
        assertFalse(source.contains("part1 == null"), "a primitive part is never null:\n" + source);
        assertFalse(source.contains("Lookup"), "no lookup, none declared:\n" + source);
    }

    @Test
    void noControlFlowIsGenerated() {
        LookupModel lookup = new LookupModel("pageVersion", List.of(), true, page(PAGE, "Page"));
        String source = write(
                new HandlerModel("get", "WikiController.get", false, true, true, lookup, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE),
                new HandlerModel("put", "WikiController.put", true, true, false, lookup, null,
                        HandlerModel.BodyShape.VALUE));
        // The engine decides: the generated class never switches on a handler, never chains stages.
        for (String control : List.of("switch", "case ", "exceptionally", "thenApply", "CompletableFuture",
                "ServerFilter", "RequestFilter", "ResponseFilter", "isUnconditional", "for (", "while (")) {
            assertFalse(source.contains(control), control + " in:\n" + source);
        }
    }

    @Test
    void oneLookupExpressionServesEveryHandlerThatNamesIt() {
        LookupModel lookup = new LookupModel("pageVersion",
                List.of(new Argument("space", ClassName.get(String.class)), new Argument("id", TypeName.LONG.box())),
                false, page(PAGE, "Page"));
        String source = write(
                new HandlerModel("get", "WikiController.get", false, true, true, lookup, page(PAGE, "Page"),
                        HandlerModel.BodyShape.VALUE),
                new HandlerModel("replaceAll", "WikiController.replaceAll", true, false, true, lookup, null,
                        HandlerModel.BodyShape.VALUE));
        assertEquals(1, count(source, "controller.pageVersion("), source);
        assertTrue(source.contains("Lookup pageVersionLookup = Lookup.blocking(route -> controller.pageVersion("
                + "route.get(\"space\", String.class), route.get(\"id\", Long.class)));"), source);
        assertEquals(2, count(source, ".withLookup(pageVersionLookup, WikiControllerPreconditions::validatorsOfPage)"),
                source);
        assertTrue(source.contains("HandlerPolicy.write(\"WikiController.replaceAll\", false, true)"), source);
        assertFalse(source.contains(".orElse(null)"), "the engine unwraps Optional:\n" + source);
    }

    @Test
    void asynchronousLookupsSayHowTheirValueArrives() {
        ValidatorModel value = page(PAGE, "Page");
        String mono = write(new HandlerModel("get", "WikiController.get", false, true, true,
                new LookupModel("find", List.of(), false, value, HandlerModel.Async.MONO, null), value,
                HandlerModel.BodyShape.VALUE));
        assertTrue(mono.contains("Lookup findLookup = Lookup.publisher(route -> controller.find());"), mono);
        String stage = write(new HandlerModel("get", "WikiController.get", false, true, true,
                new LookupModel("find", List.of(), true, value, HandlerModel.Async.COMPLETION_STAGE, null), value,
                HandlerModel.BodyShape.VALUE));
        assertTrue(stage.contains("Lookup findLookup = Lookup.stage(route -> controller.find());"), stage);
        String suspend = write(new HandlerModel("get", "WikiController.get", false, true, true,
                new LookupModel("find", List.of(new Argument("slug", ClassName.get(String.class))), true, value,
                        HandlerModel.Async.SUSPEND, null), value, HandlerModel.BodyShape.VALUE));
        assertTrue(suspend.contains("Lookup.stage(route -> SuspendCalls.<Optional<Page>>call(continuation ->"
                + " controller.find(route.get(\"slug\", String.class), continuation)))"), suspend);
    }

    @Test
    void overloadsAreToldApartByTheirParameterTypes() {
        HandlerModel get = new HandlerModel("get", "WikiController.get(String)", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class)), true);
        HandlerModel revision = new HandlerModel("get", "WikiController.get(String, int)", false, true, true, null,
                page(PAGE, "Page"), HandlerModel.BodyShape.VALUE, List.of(ClassName.get(String.class), TypeName.INT),
                true).withOverload(1);
        String source = write(get, revision);
        assertTrue(source.contains("HandlerBinding.of(\"get\", HandlerPolicy.read(\"WikiController.get(String)\"),"
                + " String.class)"), source);
        assertTrue(source.contains("HandlerBinding.of(\"get\", HandlerPolicy.read(\"WikiController.get(String, int)\"),"
                + " String.class, int.class)"), source);
    }

    @Test
    void aClaimRebuildsTheLookupValueFromTheTagsParts() {
        ValidatorModel value = page(PAGE, "Page");
        LookupModel lookup = new LookupModel("pageVersion", List.of(), true, value)
                .withFromIfMatch(new HandlerModel.ValueFromTag(List.of(0, 1, HandlerModel.ValueFromTag.NULL)));
        String source = write(new HandlerModel("put", "WikiController.put", true, true, false, lookup, null,
                HandlerModel.BodyShape.VALUE));
        assertTrue(source.contains(".withIfMatchClaim(WikiControllerPreconditions::claimOfPage)"), source);
        assertTrue(source.contains("UUID part0 = tag.nextUuid();\n        long part1 = tag.nextLong();\n"
                + "        return tag.atEnd() ? new Page(part0, part1, null) : null;"), source);
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
        assertTrue(source.contains(".withBody(Page.class, WikiControllerPreconditions::validatorsOfComExamplePage)"),
                source);
        assertEquals(1, count(source, "private static Validators validatorsOfPage("), source);
    }

    @Test
    void streamsAndIterablesAreBoundToTheirElementsWeakTag() {
        String source = write(
                new HandlerModel("stream", "WikiController.stream", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.STREAM),
                new HandlerModel("list", "WikiController.list", false, true, true, null, page(PAGE, "Page"),
                        HandlerModel.BodyShape.COLLECTION));
        assertTrue(source.contains(".withStreamBody(Page.class, WikiControllerPreconditions::entityTagOfPage)"), source);
        assertTrue(source.contains(".withIterableBody(Page.class, WikiControllerPreconditions::entityTagOfPage)"), source);
        assertEquals(1, count(source, "private static EntityTag entityTagOfPage(Page value)"), source);
        assertFalse(source.contains("for ("), "the runtime digests the elements' tags:\n" + source);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
