package io.precondition.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.precondition.processor.HandlerModel.Argument;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.ValidatorModel.DatePart;
import io.precondition.processor.ValidatorModel.TagPart;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ControllerModel} into the source of its filter class: a {@code @ServerFilter} whose request
 * filter calls the lookups and whose response filter reads the returned values' validators, each with direct
 * calls, handing every decision to {@code ConditionalRequestSupport}.
 */
final class FilterWriter {

    private static final String RUNTIME = "io.precondition.micronaut";
    private static final String CORE = "io.precondition.http";
    private static final ClassName SUPPORT = ClassName.get(RUNTIME, "ConditionalRequestSupport");
    private static final ClassName POLICY = ClassName.get(RUNTIME, "HandlerPolicy");
    private static final ClassName SUSPEND_CALLS = ClassName.get(RUNTIME, "SuspendCalls");
    private static final ClassName GENERATED_FILTER = ClassName.get(RUNTIME, "GeneratedFilter");
    private static final ClassName VALIDATORS = ClassName.get(CORE, "Validators");
    private static final ClassName ENTITY_TAG = ClassName.get(CORE, "EntityTag");
    private static final ClassName TAG_READER = ClassName.get(CORE, "EntityTagReader");
    private static final ClassName SERVER_FILTER = ClassName.get("io.micronaut.http.annotation", "ServerFilter");
    private static final ClassName REQUEST_FILTER = ClassName.get("io.micronaut.http.annotation", "RequestFilter");
    private static final ClassName RESPONSE_FILTER = ClassName.get("io.micronaut.http.annotation", "ResponseFilter");
    private static final ClassName REQUIRES = ClassName.get("io.micronaut.context.annotation", "Requires");
    private static final ClassName ORDERED = ClassName.get("io.micronaut.core.order", "Ordered");
    private static final ClassName NULLABLE = ClassName.get("io.micronaut.core.annotation", "Nullable");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    private static final ClassName ZONE_ID = ClassName.get("java.time", "ZoneId");
    private static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final TypeName WILDCARD = WildcardTypeName.subtypeOf(Object.class);
    private static final TypeName REQUEST = ParameterizedTypeName.get(
            ClassName.get("io.micronaut.http", "HttpRequest"), WILDCARD);
    private static final TypeName RESPONSE = ParameterizedTypeName.get(
            ClassName.get("io.micronaut.http", "HttpResponse"), WILDCARD);
    private static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    /**
     * The answer of an asynchronous request phase: a response, or {@code Optional.empty()} to run the handler. It is
     * handed to {@code AnswerOrProceed}, never returned to Micronaut (see {@link #PUBLISHED_RESPONSE}).
     */
    private static final TypeName ASYNC_RESPONSE = ParameterizedTypeName.get(
            ClassName.get("java.util.concurrent", "CompletionStage"), ParameterizedTypeName.get(OPTIONAL, RESPONSE));
    /**
     * What an asynchronous request filter returns, with the rest of the chain as a {@link #CONTINUATION}: Micronaut
     * 4.10 drops a request whose stage completes later with null (empty 503), and micronaut-http-validation refuses
     * {@code CompletionStage<Optional<...>>}; a publisher that always emits one response passes both.
     */
    private static final TypeName PUBLISHED_RESPONSE = ParameterizedTypeName.get(
            ClassName.get("org.reactivestreams", "Publisher"), RESPONSE);
    private static final TypeName CONTINUATION = ParameterizedTypeName.get(
            ClassName.get("io.micronaut.http.filter", "FilterContinuation"), PUBLISHED_RESPONSE);
    private static final ClassName ANSWER_OR_PROCEED = ClassName.get(RUNTIME, "AnswerOrProceed");
    private static final TypeName MUTABLE_RESPONSE = ParameterizedTypeName.get(
            ClassName.get("io.micronaut.http", "MutableHttpResponse"), WILDCARD);
    private static final TypeName ASYNC_MUTABLE_RESPONSE = ParameterizedTypeName.get(
            ClassName.get("java.util.concurrent", "CompletionStage"), MUTABLE_RESPONSE);

    JavaFile write(ControllerModel model, Element... originatingElements) {
        model = withUniqueNames(model);
        // validatorsOfX for values read whole, entityTagOfX for every type whose tag is read (elements included).
        Map<String, ValidatorModel> validatorMethods = new LinkedHashMap<>();
        Map<String, ValidatorModel> tagMethods = new LinkedHashMap<>();
        Map<String, ValidatorModel> collectionMethods = new LinkedHashMap<>();
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                collect(handler.lookup().value(), validatorMethods, tagMethods, collectionMethods);
            }
            if (handler.body() != null && handler.bodyIsCollection()) {
                collectionMethods.putIfAbsent(handler.body().simpleName(), handler.body());
                collectTags(handler.body(), tagMethods, collectionMethods);
            } else if (handler.body() != null) {
                collect(handler.body(), validatorMethods, tagMethods, collectionMethods);
            }
        }

        TypeSpec.Builder type = TypeSpec.classBuilder(model.filter())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Conditional request handling (RFC 9110 §13) for {@link $T}, generated from its\n"
                        + "{@code @Versioned} and {@code @ConditionalWrite} handlers:\n", model.controller())
                .addJavadoc("<ul>\n");
        for (HandlerModel handler : model.handlers()) {
            type.addJavadoc("<li>{@link $T#$L}: $L</li>\n", model.controller(), handler.methodName(), summary(handler));
        }
        type.addJavadoc("</ul>\n")
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", PreconditionProcessor.class.getName()).build())
                .addAnnotation(generatedFilterAnnotation(model))
                .addAnnotation(patternsAnnotation(model.patterns()))
                // Only where its controller is a bean too (a controller may have its own @Requires).
                .addAnnotation(AnnotationSpec.builder(REQUIRES)
                        .addMember("beans", "{$T.class, $T.class}", SUPPORT, model.controller()).build());

        for (HandlerModel handler : model.handlers()) {
            type.addField(FieldSpec.builder(POLICY, policyField(handler), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(policyInitializer(handler)).build());
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(model.controller(), "controller")
                .addParameter(SUPPORT, "support")
                .addStatement("this.controller = controller")
                .addStatement("this.support = support");
        type.addField(model.controller(), "controller", Modifier.PRIVATE, Modifier.FINAL)
                .addField(SUPPORT, "support", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor.build())
                .addSuperinterface(ORDERED)
                .addMethod(MethodSpec.methodBuilder("getOrder")
                        .addJavadoc("Runs after authentication (RFC 9110 §13.2.1); see {@code precondition.filter-order}.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return support.filterOrder()")
                        .build())
                .addMethod(requestFilter(model));
        if (asyncRequestPhase(model)) {
            type.addMethod(answerBeforeHandler(model));
        }
        type.addMethod(afterHandler(model));
        for (ValidatorModel validators : validatorMethods.values()) {
            type.addMethod(validatorsMethod(validators));
        }
        for (ValidatorModel validators : tagMethods.values()) {
            type.addMethod(entityTagMethod(validators));
        }
        for (ValidatorModel element : collectionMethods.values()) {
            type.addMethod(collectionTagMethod(element));
        }
        for (Element originating : originatingElements) {
            type.addOriginatingElement(originating);
        }
        return JavaFile.builder(model.filter().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * {@code @GeneratedFilter(controller = X.class, handlers = {"get", "put"})}: the start-up check's proof that the
     * processor ran for these handlers.
     */
    private static AnnotationSpec generatedFilterAnnotation(ControllerModel model) {
        List<CodeBlock> handlers = new ArrayList<>();
        for (List<HandlerModel> named : byName(model.handlers())) {
            handlers.add(CodeBlock.of("$S", named.get(0).methodName()));
        }
        return AnnotationSpec.builder(GENERATED_FILTER)
                .addMember("controller", "$T.class", model.controller())
                .addMember("handlers", "{$L}", CodeBlock.join(handlers, ", "))
                .build();
    }

    /**
     * The generated methods are named after the validator types' simple names; two types of the same simple name
     * (e.g. {@code a.Item} and {@code b.Item}) would share them. Gives the later ones their package in the name.
     */
    private static ControllerModel withUniqueNames(ControllerModel model) {
        Map<TypeName, String> names = new LinkedHashMap<>();
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                nameTypes(handler.lookup().value(), names);
            }
            if (handler.body() != null) {
                nameTypes(handler.body(), names);
            }
        }
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerModel h : model.handlers()) {
            LookupModel lookup = h.lookup() == null ? null : h.lookup().withValue(renamed(h.lookup().value(), names));
            handlers.add(h.withModels(lookup, h.body() == null ? null : renamed(h.body(), names)));
        }
        return new ControllerModel(model.controller(), model.filter(), model.patterns(), handlers);
    }

    private static void nameTypes(ValidatorModel model, Map<TypeName, String> names) {
        if (!names.containsKey(model.type())) {
            String name = model.simpleName();
            if (names.containsValue(name) && model.type() instanceof ClassName className) {
                StringBuilder qualified = new StringBuilder();
                for (String part : className.packageName().split("\\.")) {
                    if (!part.isEmpty()) {
                        qualified.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                }
                name = qualified + name;
            }
            for (int i = 2; names.containsValue(name); i++) {
                name = model.simpleName() + i;
            }
            names.put(model.type(), name);
        }
        if (model.collectionTag() != null) {
            nameTypes(model.collectionTag().element(), names);
        }
    }

    private static ValidatorModel renamed(ValidatorModel model, Map<TypeName, String> names) {
        ValidatorModel.CollectionTag collection = model.collectionTag() == null ? null
                : new ValidatorModel.CollectionTag(model.collectionTag().accessor(),
                        renamed(model.collectionTag().element(), names));
        return new ValidatorModel(model.type(), names.get(model.type()), model.tagParts(), collection,
                model.lastModified());
    }

    private static void collect(ValidatorModel model, Map<String, ValidatorModel> validators,
                                Map<String, ValidatorModel> tags, Map<String, ValidatorModel> collections) {
        validators.putIfAbsent(model.simpleName(), model);
        collectTags(model, tags, collections);
    }

    private static void collectTags(ValidatorModel model, Map<String, ValidatorModel> tags,
                                    Map<String, ValidatorModel> collections) {
        if (!model.hasTag()) {
            return;
        }
        tags.putIfAbsent(model.simpleName(), model);
        if (model.collectionTag() != null) {
            ValidatorModel element = model.collectionTag().element();
            collections.putIfAbsent(element.simpleName(), element);
            collectTags(element, tags, collections);
        }
    }

    private static String summary(HandlerModel handler) {
        String kind = handler.write() ? "conditional write" : "versioned read";
        return kind + (handler.lookup() != null ? ", lookup {@code " + handler.lookup().methodName() + "}" : "");
    }

    private static AnnotationSpec patternsAnnotation(List<String> patterns) {
        CodeBlock.Builder values = CodeBlock.builder().add("{");
        for (int i = 0; i < patterns.size(); i++) {
            values.add(i == 0 ? "$S" : ", $S", patterns.get(i));
        }
        return AnnotationSpec.builder(SERVER_FILTER).addMember("patterns", values.add("}").build()).build();
    }

    /**
     * The handler's constant, e.g. {@code GET_PAGE_POLICY} for {@code getPage}: one name per handler name, so that
     * {@code getPage} and {@code get_page} get two ({@code GET__PAGE_POLICY} for the latter). Each upper-case ASCII
     * letter becomes {@code _} and the letter, each {@code _} becomes {@code __}, lower-case ASCII letters are upper
     * cased, and every other character is kept; the name can be read back, so no two handlers share one. Annotated
     * overloads after the first get {@code _2}, {@code _3}, ... after it.
     */
    static String policyField(HandlerModel handler) {
        String name = handler.methodName();
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append('_').append(c);
            } else if (c == '_') {
                out.append("__");
            } else if (c >= 'a' && c <= 'z') {
                out.append((char) (c - 'a' + 'A'));
            } else {
                out.append(c);
            }
        }
        out.append("_POLICY");
        // Every name above ends in _POLICY, so a suffix after it cannot collide with another handler's name.
        return handler.overload() == 0 ? out.toString() : out.append('_').append(handler.overload() + 1).toString();
    }

    private static CodeBlock policyInitializer(HandlerModel handler) {
        if (!handler.write()) {
            CodeBlock.Builder read = CodeBlock.builder().add("$T.read($S)", POLICY, handler.description());
            HandlerModel.ReadPolicy policy = handler.read();
            if (policy.cacheControl() != null || !policy.vary().isEmpty()) {
                read.add(".withCaching($S", policy.cacheControl());
                for (String name : policy.vary()) {
                    read.add(", $S", name);
                }
                read.add(")");
            }
            if (policy.validatorsFromLookup()) {
                read.add(".withValidatorsFromLookup()");
            }
            return read.build();
        }
        return CodeBlock.of("$T.write($S, $L, $L)", POLICY, handler.description(), handler.requireGuard(),
                handler.absentIsNotFound());
    }

    /**
     * {@code lookupOnIfMatch = false}: a request whose only tag condition is one strong If-Match skips the lookup;
     * the value is rebuilt from the tag and the handler's guarded write is the check.
     */
    private static void fromIfMatch(MethodSpec.Builder method, HandlerModel handler, LookupModel lookup, boolean async) {
        ValidatorModel value = lookup.value();
        method.addStatement("$T claimed = support.ifMatchOnly(request)", TAG_READER)
                .beginControlFlow("if (claimed != null)");
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < value.tagParts().size(); i++) {
            ValidatorModel.TagPart part = value.tagParts().get(i);
            TypeName type = part.type().isBoxedPrimitive() ? part.type().unbox() : part.type();
            String read = switch (part.kind()) {
                case NUMBER -> type.equals(TypeName.INT) ? "nextInt" : "nextLong";
                case STRING -> "nextString";
                case UUID -> "nextUuid";
                case BYTES -> "nextBytes";
            };
            method.addStatement("$T claimed$L = claimed.$N()", part.type(), i, read);
        }
        for (int argument : lookup.fromIfMatch().arguments()) {
            arguments.add(argument == HandlerModel.ValueFromTag.NULL ? CodeBlock.of("null") : CodeBlock.of("claimed$L", argument));
        }
        CodeBlock proceed = CodeBlock.of("support.proceedAsClaimed(request, $N, new $T($L))", policyField(handler),
                value.type(), CodeBlock.join(arguments, ", "));
        method.beginControlFlow("if (claimed.atEnd())")
                .addStatement(async ? "return $T.completedFuture($L)" : "return $L",
                        async ? new Object[] {COMPLETABLE_FUTURE, optional(proceed)} : new Object[] {proceed})
                .endControlFlow()
                .endControlFlow();
    }

    /**
     * {@code controller.lookup(support.pathVariable(request, "name", Type.class), ...)}; a suspend fun is called
     * through {@code SuspendCalls} with the continuation as its last argument, which gives a stage.
     */
    private static CodeBlock lookupCall(LookupModel lookup) {
        boolean suspend = lookup.async() == HandlerModel.Async.SUSPEND;
        CodeBlock.Builder call = CodeBlock.builder().add("controller.$N(", lookup.methodName());
        List<Argument> arguments = lookup.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            call.add(i == 0 ? "" : ", ");
            call.add("support.pathVariable(request, $S, $T.class)", arguments.get(i).variable(),
                    rawType(arguments.get(i).type()));
        }
        if (!suspend) {
            return call.add(")").build();
        }
        call.add(arguments.isEmpty() ? "continuation)" : ", continuation)");
        TypeName value = lookup.value().type();
        return CodeBlock.of("$T.<$T>call(continuation -> $L)", SUSPEND_CALLS,
                lookup.returnsOptional() ? ParameterizedTypeName.get(OPTIONAL, value) : value, call.build());
    }

    /**
     * A write that skipped its lookup and then failed on its content (e.g. bad JSON: 400) is looked up after all, so
     * that a failing precondition still answers 412 (RFC 9110 §13.2.1 evaluates preconditions before the content).
     */
    private static void recheck(MethodSpec.Builder method, ControllerModel model, HandlerModel handler) {
        method.beginControlFlow("if (support.needsRecheck(request, response))");
        returnAfterLookup(method, handler.lookup(), MUTABLE_RESPONSE,
                CodeBlock.of("support.recheck(request, response, $N, validators)", policyField(handler)),
                CodeBlock.of("support.recheckFailed(request, response, $N, failure)", policyField(handler)));
        method.endControlFlow();
    }

    /**
     * Calls the lookup, reads {@code validators} from its value {@code current}, and returns a stage of
     * {@code result} (an expression of those two): the lookup's own stage when it answers later, else one from
     * {@code support.runLookup}, which runs a lookup that may block where Micronaut runs the handler. A stage that
     * fails (the lookup threw) completes with {@code recover} (an expression of {@code failure}) instead: Micronaut
     * would answer a failed filter without the response filter.
     */
    private static void returnAfterLookup(MethodSpec.Builder method, LookupModel lookup, TypeName resultType,
                                          CodeBlock result, CodeBlock recover) {
        CodeBlock recovered = CodeBlock.of(".exceptionally(failure -> $L)", recover);
        // thenApply's type, named where inference would capture the wildcard of MutableHttpResponse<?> twice.
        CodeBlock thenApply = resultType.equals(MUTABLE_RESPONSE) ? CodeBlock.of("<$T>thenApply", resultType)
                : CodeBlock.of("thenApply");
        ValidatorModel value = lookup.value();
        CodeBlock call = lookupCall(lookup);
        CodeBlock validators = CodeBlock.of("$T validators = current == null ? $T.ABSENT : $N(current)",
                VALIDATORS, VALIDATORS, validatorsMethodName(value));
        String orElse = lookup.returnsOptional() ? ".orElse(null)" : "";
        switch (lookup.async()) {
            case NONE:
                method.addStatement("return support.<$T>runLookup(request, () -> {\n$>$T current = $L$L;\n$L;\n"
                        + "return $L;\n$<})$L", resultType, value.type(), call, orElse, validators, result, recovered);
                break;
            case MONO:
                method.addStatement("return $L.toFuture().$L(current -> {\n$>$L;\nreturn $L;\n$<})$L",
                        call, thenApply, validators, result, recovered);
                break;
            case SUSPEND:
            case COMPLETION_STAGE:
                method.addStatement("return $L.$L($L -> {\n$>$L$L;\nreturn $L;\n$<})$L",
                        call, thenApply, lookup.returnsOptional() ? "found" : "current",
                        lookup.returnsOptional()
                                ? CodeBlock.of("$T current = found.orElse(null);\n", value.type())
                                : CodeBlock.of(""),
                        validators, result, recovered);
                break;
            default:
                throw new IllegalStateException(lookup.async().toString());
        }
    }

    /**
     * The handlers grouped by name, in order: one {@code case} each, since the routed method's name is what the
     * filter switches on. Overloads share a case and are told apart by their parameter types.
     */
    private static Collection<List<HandlerModel>> byName(List<HandlerModel> handlers) {
        Map<String, List<HandlerModel>> named = new LinkedHashMap<>();
        for (HandlerModel handler : handlers) {
            named.computeIfAbsent(handler.methodName(), name -> new ArrayList<>()).add(handler);
        }
        return named.values();
    }

    /**
     * When the controller has other methods of the handler's name (overloads, an inherited one), the name alone does
     * not identify the handler: its code runs only for a request routed to its parameter types.
     */
    private static void beginSameHandler(MethodSpec.Builder method, HandlerModel handler) {
        if (!handler.nameShared()) {
            return;
        }
        CodeBlock.Builder types = CodeBlock.builder();
        for (TypeName type : handler.parameterTypes()) {
            types.add(", $T.class", type);
        }
        method.beginControlFlow("if (support.routedToParameters(request$L))", types.build());
    }

    private static void endSameHandler(MethodSpec.Builder method, HandlerModel handler) {
        if (handler.nameShared()) {
            method.endControlFlow();
        }
    }

    /** A request routed to a method of that name that none of the handlers is leaves the case. */
    private static void leaveForOtherMethods(MethodSpec.Builder method, List<HandlerModel> named, CodeBlock leave) {
        if (named.get(named.size() - 1).nameShared()) {
            method.addStatement("return $L", leave);
        }
    }

    /** {@code Optional.<HttpResponse<?>>ofNullable(response)}: see {@link #ASYNC_RESPONSE}. */
    private static CodeBlock optional(CodeBlock response) {
        return CodeBlock.of("$T.<$T>ofNullable($L)", OPTIONAL, RESPONSE, response);
    }

    /**
     * Whether any handler has a lookup: the filter runs on the event loop and a lookup that may block runs where
     * Micronaut runs the handler (see runLookup), so the request phase is then a stage (completed at once where
     * nothing waits).
     */
    private static boolean asyncRequestPhase(ControllerModel model) {
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                return true;
            }
        }
        return false;
    }

    private static MethodSpec requestFilter(ControllerModel model) {
        if (!asyncRequestPhase(model)) {
            // Null runs the handler.
            return requestPhase(model, MethodSpec.methodBuilder("beforeHandler")
                    .addJavadoc("Evaluates the preconditions before the handler runs (and before a write's body is read).\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(REQUEST_FILTER)
                    .addAnnotation(NULLABLE)
                    .returns(RESPONSE)
                    .addParameter(REQUEST, "request"), false);
        }
        return MethodSpec.methodBuilder("beforeHandler")
                .addJavadoc("Evaluates the preconditions before the handler runs (and before a write's body is read):\n"
                        + "answers now, or proceeds with the rest of the chain once {@link #answerBeforeHandler} is known.\n")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REQUEST_FILTER)
                .returns(PUBLISHED_RESPONSE)
                .addParameter(REQUEST, "request")
                .addParameter(CONTINUATION, "continuation")
                .addStatement("return $T.of(answerBeforeHandler(request), continuation)", ANSWER_OR_PROCEED)
                .build();
    }

    private static MethodSpec answerBeforeHandler(ControllerModel model) {
        return requestPhase(model, MethodSpec.methodBuilder("answerBeforeHandler")
                .addJavadoc("The response that answers the request before its handler runs, or empty to run the handler.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(ASYNC_RESPONSE)
                .addParameter(REQUEST, "request"), true);
    }

    private static MethodSpec requestPhase(ControllerModel model, MethodSpec.Builder method, boolean async) {
        CodeBlock proceed = async ? CodeBlock.of("$T.completedFuture($T.empty())", COMPLETABLE_FUTURE, OPTIONAL)
                : CodeBlock.of("null");
        method.addStatement("$T handler = support.handlerOf(request, $T.class)", String.class, model.controller())
                .beginControlFlow("if (handler == null)")
                .addStatement("return $L", proceed)
                .endControlFlow()
                .beginControlFlow("switch (handler)");
        List<HandlerModel> withLookup = new ArrayList<>();
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                withLookup.add(handler);
            }
        }
        for (List<HandlerModel> named : byName(withLookup)) {
            method.beginControlFlow("case $S:", named.get(0).methodName());
            for (HandlerModel handler : named) {
                beginSameHandler(method, handler);
                lookupPhase(method, handler, async, proceed);
                endSameHandler(method, handler);
            }
            leaveForOtherMethods(method, named, proceed);
            method.endControlFlow();
        }
        method.beginControlFlow("default:")
                .addStatement("return $L", proceed)
                .endControlFlow()
                .endControlFlow();
        return method.build();
    }

    /** One handler's request phase: its lookup, then the decision on the preconditions. */
    private static void lookupPhase(MethodSpec.Builder method, HandlerModel handler, boolean async,
                                    CodeBlock proceed) {
        LookupModel lookup = handler.lookup();
        if (!handler.write() && !handler.read().validatorsFromLookup()) {
            // The body has validators of its own, so a request without conditionals needs no lookup.
            method.beginControlFlow("if (support.isUnconditional(request))")
                    .addStatement("return $L", proceed)
                    .endControlFlow();
        }
        if (lookup.fromIfMatch() != null) {
            fromIfMatch(method, handler, lookup, async);
        }
        CodeBlock decide = handler.write()
                ? CodeBlock.of("support.beforeWrite(request, $N, validators, current)", policyField(handler))
                : CodeBlock.of("support.beforeRead(request, $N, validators)", policyField(handler));
        TypeName result = async ? ParameterizedTypeName.get(OPTIONAL, RESPONSE) : RESPONSE;
        returnAfterLookup(method, lookup, result, optional(decide),
                CodeBlock.of("support.lookupFailed(request, $N, failure)", policyField(handler)));
    }

    private static MethodSpec afterHandler(ControllerModel model) {
        // A stream is collected before its validators are known: the filter then returns a CompletionStage
        // (completed at once for the other handlers).
        boolean async = false;
        for (HandlerModel handler : model.handlers()) {
            async |= handler.body() != null && handler.bodyShape() == HandlerModel.BodyShape.STREAM;
            // A write that skipped its lookup may need it after all (see recheck).
            async |= handler.lookup() != null && handler.lookup().fromIfMatch() != null;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("afterHandler")
                .addJavadoc("Adds the validators of the returned value to the response, or answers 304 / 412 in its place.\n")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RESPONSE_FILTER)
                .returns(async ? ASYNC_MUTABLE_RESPONSE : MUTABLE_RESPONSE)
                .addParameter(REQUEST, "request")
                .addParameter(MUTABLE_RESPONSE, "response");
        String now = async ? "return $T.completedFuture($L)" : "return $L";
        method.addStatement("$T handler = support.handlerOf(request, $T.class)", String.class, model.controller())
                .beginControlFlow("if (handler == null)")
                .addStatement(now, returned(async, CodeBlock.of("response")))
                .endControlFlow()
                .beginControlFlow("switch (handler)");
        CodeBlock leave = async ? CodeBlock.of("$T.completedFuture(response)", COMPLETABLE_FUTURE)
                : CodeBlock.of("response");
        for (List<HandlerModel> named : byName(model.handlers())) {
            method.beginControlFlow("case $S:", named.get(0).methodName());
            for (HandlerModel handler : named) {
                beginSameHandler(method, handler);
                responsePhase(method, model, handler, async, now);
                endSameHandler(method, handler);
            }
            leaveForOtherMethods(method, named, leave);
            method.endControlFlow();
        }
        method.beginControlFlow("default:")
                .addStatement(now, returned(async, CodeBlock.of("response")))
                .endControlFlow()
                .endControlFlow();
        return method.build();
    }

    /** One handler's response phase: the validators of what it returned, or 304 / 412 in its place. */
    private static void responsePhase(MethodSpec.Builder method, ControllerModel model, HandlerModel handler,
                                      boolean async, String now) {
        if (handler.lookup() != null && handler.lookup().fromIfMatch() != null) {
            recheck(method, model, handler);
        }
        String phase = handler.write() ? "afterWrite" : "afterRead";
        ValidatorModel body = handler.body();
        if (body == null) {
            method.addStatement(now, returned(async, CodeBlock.of("support.$L(request, response, $N, null)",
                    phase, policyField(handler))));
        } else if (handler.bodyShape() == HandlerModel.BodyShape.STREAM) {
            method.addStatement("return support.afterStream(request, response, $N, elements -> $T.of($N(elements), null))",
                    policyField(handler), VALIDATORS, collectionTagMethodName(body));
        } else if (handler.bodyIsCollection()) {
            method.addStatement("$T body = support.bodyOf(response)", Object.class)
                    .addStatement(now, returned(async, CodeBlock.of("support.$L(request, response, $N, body instanceof"
                                    + " $T<?> elements ? $T.of($N(elements), null) : null)",
                            phase, policyField(handler), Iterable.class, VALIDATORS, collectionTagMethodName(body))));
        } else {
            method.addStatement("$T body = support.bodyOf(response)", Object.class)
                    .addStatement(now, returned(async, CodeBlock.of("support.$L(request, response, $N, body instanceof"
                                    + " $T value ? $N(value) : null)",
                            phase, policyField(handler), body.type(), validatorsMethodName(body))));
        }
    }

    /** The arguments of a {@code return} statement built by {@code afterHandler}: the value, in a stage if async. */
    private static Object[] returned(boolean async, CodeBlock value) {
        return async ? new Object[] {COMPLETABLE_FUTURE, value} : new Object[] {value};
    }

    private static MethodSpec validatorsMethod(ValidatorModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(validatorsMethodName(model))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(VALIDATORS)
                .addParameter(model.type(), "value");
        CodeBlock tag = model.hasTag() ? CodeBlock.of("$N(value)", entityTagMethodName(model)) : CodeBlock.of("null");
        DatePart date = model.lastModified();
        if (date == null) {
            method.addStatement("return $T.of($L, null)", VALIDATORS, tag);
        } else {
            method.addStatement("$T lastModified = $L", date.type(), date.accessor());
            method.addStatement("return $T.of($L, $L)", VALIDATORS, tag, toInstant(date));
        }
        return method.build();
    }

    private static CodeBlock toInstant(DatePart date) {
        CodeBlock converted;
        switch (date.kind()) {
            case INSTANT:
                return CodeBlock.of("lastModified");
            case OFFSET_OR_ZONED:
            case DATE:
                converted = CodeBlock.of("lastModified.toInstant()");
                break;
            case LOCAL:
                if (date.zone().equals(DatePart.JVM_ZONE)) {
                    // Micronaut Data fills a LocalDateTime @DateUpdated in the JVM's zone.
                    converted = CodeBlock.of("lastModified.atZone($T.systemDefault()).toInstant()", ZONE_ID);
                } else if (date.zone().equals("UTC")) {
                    converted = CodeBlock.of("lastModified.toInstant($T.UTC)", ZONE_OFFSET);
                } else {
                    converted = CodeBlock.of("lastModified.atZone($T.of($S)).toInstant()", ZONE_ID, date.zone());
                }
                break;
            case EPOCH_MILLIS:
                converted = CodeBlock.of("$T.ofEpochMilli(lastModified)", INSTANT);
                break;
            default:
                throw new IllegalStateException(date.kind().toString());
        }
        return date.primitive() ? converted : CodeBlock.of("lastModified == null ? null : $L", converted);
    }

    private static MethodSpec entityTagMethod(ValidatorModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(entityTagMethodName(model))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(NULLABLE)
                .returns(ENTITY_TAG)
                .addParameter(model.type(), "value");
        if (model.collectionTag() != null) {
            ValidatorModel element = model.collectionTag().element();
            method.addStatement("$T<?> elements = $L", Iterable.class, model.collectionTag().accessor())
                    .addStatement("return elements == null ? null : $N(elements)", collectionTagMethodName(element));
            return method.build();
        }
        List<String> nullable = new ArrayList<>();
        List<TagPart> parts = model.tagParts();
        for (int i = 0; i < parts.size(); i++) {
            TagPart part = parts.get(i);
            method.addStatement("$T part$L = $L", part.type(), i, part.accessor());
            if (!part.primitive()) {
                nullable.add("part" + i + " == null");
            }
        }
        if (!nullable.isEmpty()) {
            method.beginControlFlow("if ($L)", String.join(" || ", nullable))
                    .addStatement("return null")
                    .endControlFlow();
        }
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.builder()", ENTITY_TAG);
        for (int i = 0; i < parts.size(); i++) {
            builder.add(".add(part$L)", i);
        }
        method.addStatement("return $L.strong()", builder.build());
        return method.build();
    }

    /** The weak tag of a collection, from its elements' tags in order; elements without a tag give none. */
    private static MethodSpec collectionTagMethod(ValidatorModel element) {
        return MethodSpec.methodBuilder(collectionTagMethodName(element))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(NULLABLE)
                .returns(ENTITY_TAG)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), WILDCARD), "elements")
                .addStatement("$T<$T> tags = new $T<>()", LIST, ENTITY_TAG, ARRAY_LIST)
                .beginControlFlow("for ($T element : elements)", Object.class)
                .addStatement("$T tag = $N(($T) element)", ENTITY_TAG, entityTagMethodName(element), element.type())
                .beginControlFlow("if (tag == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("tags.add(tag)")
                .endControlFlow()
                .addStatement("return $T.weakDigest(tags)", ENTITY_TAG)
                .build();
    }

    private static String validatorsMethodName(ValidatorModel model) {
        return "validatorsOf" + model.simpleName();
    }

    private static String entityTagMethodName(ValidatorModel model) {
        return "entityTagOf" + model.simpleName();
    }

    private static String collectionTagMethodName(ValidatorModel element) {
        return "entityTagOf" + element.simpleName() + "List";
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }
}
