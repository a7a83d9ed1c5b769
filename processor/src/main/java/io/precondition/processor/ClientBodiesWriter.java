package io.precondition.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link ClientBodies.Model} as data: a bean implementing precondition-client's {@code ImmutableBodies}
 * whose {@code types()} lists each immutable body type as a Micronaut {@code Argument} with its type arguments.
 */
final class ClientBodiesWriter {

    private static final ClassName IMMUTABLE_BODIES = ClassName.bestGuess(ClientBodies.IMMUTABLE_BODIES);
    private static final ClassName ARGUMENT = ClassName.get("io.micronaut.core.type", "Argument");
    private static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName LIST = ClassName.get("java.util", "List");

    private final Types types;

    ClientBodiesWriter(Types types) {
        this.types = types;
    }

    JavaFile write(ClientBodies.Model model, Element originating) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (TypeMirror body : model.bodies()) {
            arguments.add(argument(body));
        }
        TypeSpec type = TypeSpec.classBuilder(model.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(IMMUTABLE_BODIES)
                .addJavadoc("The body types of {@link $T}'s versioned reads whose decoded values are deeply"
                        + " immutable:\none decoded value of a stored response may answer every caller.\n", model.client())
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", PreconditionProcessor.class.getName()).build())
                .addAnnotation(SINGLETON)
                .addMethod(MethodSpec.methodBuilder("types")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(LIST,
                                ParameterizedTypeName.get(ARGUMENT, WildcardTypeName.subtypeOf(Object.class))))
                        .addStatement("return $T.of(\n$L)", LIST, CodeBlock.join(arguments, ",\n"))
                        .build())
                .addOriginatingElement(originating)
                .build();
        return JavaFile.builder(model.name().packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** {@code Argument.of(Raw.class, Argument.of(...), ...)}: the type and its type arguments, recursively. */
    private CodeBlock argument(TypeMirror type) {
        TypeName raw = TypeName.get(types.erasure(type));
        List<? extends TypeMirror> parameters = type instanceof DeclaredType declared
                ? declared.getTypeArguments() : List.of();
        CodeBlock.Builder call = CodeBlock.builder().add("$T.of($T.class", ARGUMENT, raw);
        for (TypeMirror parameter : parameters) {
            call.add(", $L", argument(parameter));
        }
        return call.add(")").build();
    }
}
