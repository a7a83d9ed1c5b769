package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.HandlerModel.ValueFromTag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.precondition.processor.TypeTests.nameOf;

/**
 * {@code @ConditionalWrite(lookupOnIfMatch = false)}: a write whose strong {@code If-Match} tag stands in for its
 * lookup. Its lookup's value must be a record rebuildable from that tag (each component a part of the tag, or a
 * nullable Last-Modified), absent must not be 404, and the handler must take the value as {@code CheckedState} to
 * guard its write with it. Every problem goes on the {@code lookupOnIfMatch} attribute.
 */
final class IfMatchClaims {

    private final Elements elements;
    private final TypeTests types;

    IfMatchClaims(Elements elements, TypeTests types) {
        this.elements = elements;
        this.types = types;
    }

    /** Where the problems of one write go, and how they name it. */
    private record Site(Element element, AnnotationMirror write, AnnotationValue attribute, String handler) {

        Problem problem(String message) {
            return Problem.on(element, write, attribute, message);
        }
    }

    /**
     * @return how to rebuild the lookup's value from a tag: for each record component, the index of its tag part or
     *     {@link ValueFromTag#NULL}; empty when problems were added
     */
    Optional<ValueFromTag> claimOf(HandlerSite handler, LookupModel lookup, boolean absentIsNotFound,
                                   List<Problem> problems) {
        ExecutableElement method = handler.method();
        AnnotationMirror write = handler.write();
        Site site = new Site(handler.elementOf(write), write,
                AnnotationValues.valueOf(elements, write, "lookupOnIfMatch"), nameOf(method));
        if (absentIsNotFound) {
            problems.add(site.problem(Messages.ifMatchWithoutLookupNotFound(site.handler())));
            return Optional.empty();
        }
        if (!types.takesCheckedState(method)) {
            problems.add(site.problem(Messages.ifMatchWithoutLookupUnguarded(site.handler())));
            return Optional.empty();
        }
        ValidatorModel value = lookup.value();
        TypeElement type = value.type() instanceof ClassName name ? elements.getTypeElement(name.canonicalName()) : null;
        if (type == null || type.getKind() != ElementKind.RECORD
                || value.collectionTag() != null || value.tagParts().isEmpty()) {
            problems.add(site.problem(Messages.ifMatchWithoutLookupValue(site.handler(), value.type().toString(),
                    "it is not a record with an entity tag of its own parts")));
            return Optional.empty();
        }
        return fromComponents(site, type, value, problems);
    }

    private Optional<ValueFromTag> fromComponents(Site site, TypeElement type, ValidatorModel value,
                                                  List<Problem> problems) {
        String typeName = value.type().toString();
        List<Integer> arguments = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            Optional<Integer> argument = argumentOf(site, component, value, problems);
            if (argument.isEmpty()) {
                return Optional.empty();
            }
            if (argument.get() != ValueFromTag.NULL) {
                used.add(argument.get());
            }
            arguments.add(argument.get());
        }
        if (used.size() != value.tagParts().size()) {
            problems.add(site.problem(Messages.ifMatchWithoutLookupValue(site.handler(), typeName,
                    "a part of its entity tag is not a record component")));
            return Optional.empty();
        }
        return Optional.of(new ValueFromTag(List.copyOf(arguments)));
    }

    /** The index of the component's tag part, {@link ValueFromTag#NULL}, or empty after reporting it. */
    private static Optional<Integer> argumentOf(Site site, RecordComponentElement component, ValidatorModel value,
                                                List<Problem> problems) {
        String typeName = value.type().toString();
        String accessor = "value." + component.getSimpleName() + "()";
        int part = -1;
        for (int i = 0; i < value.tagParts().size(); i++) {
            if (value.tagParts().get(i).accessor().equals(accessor)) {
                part = i;
            }
        }
        if (part >= 0) {
            TypeName partType = unboxed(value.tagParts().get(part).type());
            if (value.tagParts().get(part).kind() == ValidatorModel.PartKind.NUMBER
                    && !partType.equals(TypeName.LONG) && !partType.equals(TypeName.INT)) {
                problems.add(site.problem(Messages.ifMatchWithoutLookupValue(site.handler(), typeName,
                        "its tag part " + component.getSimpleName() + " is a " + partType + "; use long or int")));
                return Optional.empty();
            }
            return Optional.of(part);
        }
        if (value.lastModified() != null && value.lastModified().accessor().equals(accessor)
                && !value.lastModified().primitive()) {
            return Optional.of(ValueFromTag.NULL);
        }
        problems.add(site.problem(Messages.ifMatchWithoutLookupValue(site.handler(), typeName,
                "its component " + component.getSimpleName() + " is neither a part of the entity tag nor a"
                        + " nullable Last-Modified")));
        return Optional.empty();
    }

    private static TypeName unboxed(TypeName type) {
        return type.isBoxedPrimitive() ? type.unbox() : type;
    }
}
