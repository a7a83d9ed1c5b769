package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.ValidatorModel.DatePart;
import io.precondition.processor.ValidatorModel.TagPart;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the static methods that read validators with direct getter calls: {@code validatorsOfX(X value)},
 * {@code entityTagOfX(X value)} (a collection's through {@code ElementTags}) and, for
 * {@code lookupOnIfMatch = false}, {@code claimOfX(EntityTagReader tag)}, which rebuilds a lookup value from its tag.
 */
final class ValidatorMethods {

    static final ClassName VALIDATORS = ClassName.get("io.precondition.http", "Validators");
    static final ClassName ENTITY_TAG = ClassName.get("io.precondition.http", "EntityTag");
    static final ClassName TAG_READER = ClassName.get("io.precondition.http", "EntityTagReader");
    private static final ClassName NULLABLE = ClassName.get("io.micronaut.core.annotation", "Nullable");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    private static final ClassName ZONE_ID = ClassName.get("java.time", "ZoneId");
    private static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
    private static final ClassName ELEMENT_TAGS = ClassName.get("io.precondition.micronaut.binding", "ElementTags");

    private ValidatorMethods() {
    }

    static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    static String validatorsName(ValidatorModel model) {
        return "validatorsOf" + model.simpleName();
    }

    static String entityTagName(ValidatorModel model) {
        return "entityTagOf" + model.simpleName();
    }

    static String claimName(ValidatorModel model) {
        return "claimOf" + model.simpleName();
    }

    static MethodSpec validators(ValidatorModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(validatorsName(model))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(VALIDATORS)
                .addParameter(model.type(), "value");
        CodeBlock tag = model.hasTag() ? CodeBlock.of("$N(value)", entityTagName(model)) : CodeBlock.of("null");
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

    static MethodSpec entityTag(ValidatorModel model, ClassName owner) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(entityTagName(model))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(NULLABLE)
                .returns(ENTITY_TAG)
                .addParameter(model.type(), "value");
        if (model.collectionTag() != null) {
            ValidatorModel element = model.collectionTag().element();
            method.addStatement("$T<?> elements = $L", Iterable.class, model.collectionTag().accessor())
                    .addStatement("return elements == null ? null : $T.weakDigest(elements, $T.class, $T::$N)",
                            ELEMENT_TAGS, rawType(element.type()), owner, entityTagName(element));
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

    /**
     * {@code lookupOnIfMatch = false}: the lookup's value (a record) rebuilt from the parts of a strong tag in the order
     * {@link #entityTag} wrote them, or {@code null} when the tag is not one such a value could have.
     */
    static MethodSpec claim(ValidatorModel value, HandlerModel.ValueFromTag fromTag) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(claimName(value))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(NULLABLE)
                .returns(value.type())
                .addParameter(TAG_READER, "tag");
        for (int i = 0; i < value.tagParts().size(); i++) {
            TagPart part = value.tagParts().get(i);
            TypeName type = part.type().isBoxedPrimitive() ? part.type().unbox() : part.type();
            String read = switch (part.kind()) {
                case NUMBER -> type.equals(TypeName.INT) ? "nextInt" : "nextLong";
                case STRING -> "nextString";
                case UUID -> "nextUuid";
                case BYTES -> "nextBytes";
            };
            method.addStatement("$T part$L = tag.$N()", part.type(), i, read);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (int argument : fromTag.arguments()) {
            arguments.add(argument == HandlerModel.ValueFromTag.NULL ? CodeBlock.of("null")
                    : CodeBlock.of("part$L", argument));
        }
        return method.addStatement("return tag.atEnd() ? new $T($L) : null", value.type(),
                CodeBlock.join(arguments, ", ")).build();
    }
}
