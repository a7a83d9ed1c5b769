package io.precondition.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.precondition.processor.HandlerModel.Argument;
import io.precondition.processor.HandlerModel.LookupModel;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ControllerModel} as one small class of data and direct calls: a bean implementing
 * {@code HandlerBindings} whose {@code bindings()} lists one {@code HandlerBinding} per handler (its policy, its lookup
 * as a lambda that calls the controller, method references to the validator readers). The engine in
 * {@code precondition-runtime} holds every decision and all control flow.
 */
final class BindingWriter {

    private static final String BINDING_PACKAGE = "io.precondition.micronaut.binding";
    private static final ClassName BINDINGS = ClassName.get(BINDING_PACKAGE, "HandlerBindings");
    private static final ClassName BINDING = ClassName.get(BINDING_PACKAGE, "HandlerBinding");
    private static final ClassName POLICY = ClassName.get(BINDING_PACKAGE, "HandlerPolicy");
    private static final ClassName LOOKUP = ClassName.get(BINDING_PACKAGE, "Lookup");
    private static final ClassName SUSPEND_CALLS = ClassName.get(BINDING_PACKAGE, "SuspendCalls");
    private static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
    private static final ClassName REQUIRES = ClassName.get("io.micronaut.context.annotation", "Requires");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    private static final ClassName LIST = ClassName.get("java.util", "List");

    JavaFile write(ControllerModel model, Element... originatingElements) {
        model = UniqueNames.of(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(model.bindings())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(BINDINGS)
                .addJavadoc(javadoc(model))
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", PreconditionProcessor.class.getName()).build())
                .addAnnotation(SINGLETON)
                // Only where its controller is a bean too (a controller may have its own @Requires).
                .addAnnotation(AnnotationSpec.builder(REQUIRES)
                        .addMember("beans", "$T.class", model.controller()).build())
                .addField(model.controller(), "controller", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(model.controller(), "controller")
                        .addStatement("this.controller = controller")
                        .build())
                .addMethod(MethodSpec.methodBuilder("controller")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class),
                                com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)))
                        .addStatement("return $T.class", model.controller())
                        .build())
                .addMethod(bindings(model));
        for (MethodSpec method : readers(model)) {
            type.addMethod(method);
        }
        for (Element originating : originatingElements) {
            type.addOriginatingElement(originating);
        }
        return JavaFile.builder(model.bindings().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock javadoc(ControllerModel model) {
        return CodeBlock.of("The conditional request handling (RFC 9110 §13) of {@link $T}'s annotated handlers, as data\n"
                + "for Precondition's engine: one binding per handler.\n", model.controller());
    }

    /** {@code bindings()}: one local per lookup method, then the list of bindings. */
    private static MethodSpec bindings(ControllerModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("bindings")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(LIST, BINDING));
        Map<String, LookupModel> lookups = new LinkedHashMap<>();
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                lookups.putIfAbsent(handler.lookup().methodName(), handler.lookup());
            }
        }
        for (LookupModel lookup : lookups.values()) {
            method.addStatement("$T $N = $L", LOOKUP, lookupLocal(lookup), lookup(lookup));
        }
        List<CodeBlock> bindings = new ArrayList<>();
        for (HandlerModel handler : model.handlers()) {
            bindings.add(binding(model, handler));
        }
        return method.addStatement("return $T.of(\n$L)", LIST, CodeBlock.join(bindings, ",\n")).build();
    }

    private static String lookupLocal(LookupModel lookup) {
        return lookup.methodName() + "Lookup";
    }

    /**
     * {@code Lookup.blocking(route -> controller.lookup(route.get("name", Type.class), ...))}; a suspend fun is
     * called through {@code SuspendCalls} with the continuation as its last argument, which gives a stage.
     */
    private static CodeBlock lookup(LookupModel lookup) {
        CodeBlock.Builder call = CodeBlock.builder().add("controller.$N(", lookup.methodName());
        List<Argument> arguments = lookup.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            call.add(i == 0 ? "" : ", ");
            call.add("route.get($S, $T.class)", arguments.get(i).variable(), rawType(arguments.get(i).type()));
        }
        switch (lookup.async()) {
            case NONE:
                return CodeBlock.of("$T.blocking(route -> $L))", LOOKUP, call.build());
            case MONO:
                return CodeBlock.of("$T.publisher(route -> $L))", LOOKUP, call.build());
            case COMPLETION_STAGE:
                return CodeBlock.of("$T.stage(route -> $L))", LOOKUP, call.build());
            case SUSPEND:
                call.add(arguments.isEmpty() ? "continuation)" : ", continuation)");
                TypeName value = lookup.value().type();
                return CodeBlock.of("$T.stage(route -> $T.<$T>call(continuation -> $L))", LOOKUP, SUSPEND_CALLS,
                        lookup.returnsOptional() ? ParameterizedTypeName.get(OPTIONAL, value) : value, call.build());
            default:
                throw new IllegalStateException(lookup.async().toString());
        }
    }

    /** {@code HandlerBinding.of("get", policy, String.class).withLookup(...).withBody(...)}. */
    private static CodeBlock binding(ControllerModel model, HandlerModel handler) {
        CodeBlock.Builder binding = CodeBlock.builder().add("$T.of($S, $L", BINDING, handler.methodName(),
                policy(handler));
        for (TypeName parameter : handler.parameterTypes()) {
            binding.add(", $T.class", rawType(parameter));
        }
        binding.add(")");
        LookupModel lookup = handler.lookup();
        if (lookup != null) {
            binding.add("\n$>.withLookup($N, $T::$N)$<", lookupLocal(lookup), model.bindings(),
                    ValidatorMethods.validatorsName(lookup.value()));
            if (lookup.fromIfMatch() != null) {
                binding.add("\n$>.withIfMatchClaim($T::$N)$<", model.bindings(),
                        ValidatorMethods.claimName(lookup.value()));
            }
        }
        ValidatorModel body = handler.body();
        if (body != null && handler.bodyIsCollection()) {
            binding.add("\n$>.$L($T.class, $T::$N)$<",
                    handler.bodyShape() == HandlerModel.BodyShape.STREAM ? "withStreamBody" : "withIterableBody",
                    rawType(body.type()), model.bindings(), ValidatorMethods.entityTagName(body));
        } else if (body != null) {
            binding.add("\n$>.withBody($T.class, $T::$N)$<", rawType(body.type()), model.bindings(),
                    ValidatorMethods.validatorsName(body));
        }
        return binding.build();
    }

    private static CodeBlock policy(HandlerModel handler) {
        if (handler.write()) {
            return CodeBlock.of("$T.write($S, $L, $L)", POLICY, handler.description(), handler.requireGuard(),
                    handler.absentIsNotFound());
        }
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

    /** The static methods the bindings refer to, each once. */
    private static List<MethodSpec> readers(ControllerModel model) {
        Map<String, MethodSpec> validators = new LinkedHashMap<>();
        Map<String, MethodSpec> tags = new LinkedHashMap<>();
        Map<String, MethodSpec> claims = new LinkedHashMap<>();
        for (HandlerModel handler : model.handlers()) {
            LookupModel lookup = handler.lookup();
            if (lookup != null) {
                addWhole(model, lookup.value(), validators, tags);
                if (lookup.fromIfMatch() != null) {
                    claims.computeIfAbsent(ValidatorMethods.claimName(lookup.value()),
                            name -> ValidatorMethods.claim(lookup.value(), lookup.fromIfMatch()));
                }
            }
            ValidatorModel body = handler.body();
            if (body != null && handler.bodyIsCollection()) {
                addTags(model, body, tags);
            } else if (body != null) {
                addWhole(model, body, validators, tags);
            }
        }
        List<MethodSpec> all = new ArrayList<>(validators.values());
        all.addAll(tags.values());
        all.addAll(claims.values());
        return all;
    }

    private static void addWhole(ControllerModel owner, ValidatorModel model, Map<String, MethodSpec> validators,
                                 Map<String, MethodSpec> tags) {
        validators.computeIfAbsent(ValidatorMethods.validatorsName(model), name -> ValidatorMethods.validators(model));
        addTags(owner, model, tags);
    }

    private static void addTags(ControllerModel owner, ValidatorModel model, Map<String, MethodSpec> tags) {
        if (!model.hasTag()) {
            return;
        }
        tags.computeIfAbsent(ValidatorMethods.entityTagName(model),
                name -> ValidatorMethods.entityTag(model, owner.bindings()));
        if (model.collectionTag() != null) {
            addTags(owner, model.collectionTag().element(), tags);
        }
    }

    private static TypeName rawType(TypeName type) {
        return ValidatorMethods.rawType(type);
    }
}
