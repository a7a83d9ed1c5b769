package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.EntityProperties.ParameterOnly;
import io.precondition.processor.EntityProperties.Property;
import io.precondition.processor.ValidatorModel.CollectionTag;
import io.precondition.processor.ValidatorModel.DateKind;
import io.precondition.processor.ValidatorModel.DatePart;
import io.precondition.processor.ValidatorModel.PartKind;
import io.precondition.processor.ValidatorModel.TagPart;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.precondition.processor.AnnotationValues.annotation;
import static io.precondition.processor.EntityProperties.DATES_UPDATED;
import static io.precondition.processor.EntityProperties.ETAG_SOURCE;
import static io.precondition.processor.EntityProperties.LAST_MODIFIED;
import static io.precondition.processor.EntityProperties.VERSIONS;

/**
 * Finds where a type's validators come from: {@code @ETagSource} properties (else a version: Micronaut Data's or
 * JPA's {@code @Version}) for the entity tag, {@code @LastModified} (else a modification date: Micronaut Data's
 * {@code @DateUpdated} or Hibernate's {@code @UpdateTimestamp}) for the modification date, each read through a public
 * getter, record accessor or field ({@link EntityProperties}). An id ({@code @Id} of either) is part of the tag only
 * with {@code @ETagSource}, for both alike. Reports every misuse it finds on the property at fault.
 */
final class ValidatorDiscovery {

    private static final int MAX_DEPTH = 3;

    private final Elements elements;
    private final Types types;
    private final EntityProperties entities;
    private final TypeMirror iterable;

    ValidatorDiscovery(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.entities = new EntityProperties(elements);
        this.iterable = types.erasure(elements.getTypeElement("java.lang.Iterable").asType());
    }

    /**
     * @param type the type to read validators from
     * @param fromPackage the package of the generated code that will read them
     * @param problems where misuse is reported
     * @return the model (possibly {@linkplain ValidatorModel#isEmpty() empty}), or empty when problems were found
     */
    Optional<ValidatorModel> discover(TypeMirror type, PackageElement fromPackage, List<Problem> problems) {
        return discover(type, fromPackage, problems, 0);
    }

    /** @return the element type when {@code type} is an {@code Iterable} of one declared type argument */
    Optional<TypeMirror> elementTypeOf(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED || !types.isAssignable(types.erasure(type), iterable)) {
            return Optional.empty();
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        return Optional.of(arguments.get(0));
    }

    /**
     * A Kotlin constructor property's {@code @Version} lands on the constructor parameter only (kapt's stub keeps
     * it there), where it describes no readable property. Call when {@code type} gave no validators.
     *
     * @return a sentence naming such parameters and the {@code @field:} fix, or {@code ""} when there are none
     */
    String fieldTargetHint(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return "";
        }
        TypeElement typeElement = (TypeElement) ((DeclaredType) type).asElement();
        List<ParameterOnly> found = EntityProperties.parameterOnlyAnnotations(typeElement,
                entities.propertiesOf(typeElement));
        return found.isEmpty() ? "" : " " + Messages.parameterOnlyFix(typeElement.getSimpleName().toString(),
                EntityProperties.describe(found), found.get(0).annotation());
    }

    private Optional<ValidatorModel> discover(TypeMirror type, PackageElement fromPackage, List<Problem> problems,
                                              int depth) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.of(new ValidatorModel(TypeName.get(type), "Value", List.of(), null, null));
        }
        TypeElement typeElement = (TypeElement) ((DeclaredType) type).asElement();
        int before = problems.size();
        List<Property> properties = entities.propertiesOf(typeElement);
        Optional<List<Property>> tagProperties = tagProperties(typeElement, properties, problems);
        if (tagProperties.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Property>> dateProperties = dateProperties(typeElement, properties, problems);
        if (dateProperties.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = tag(typeElement, tagProperties.get(), fromPackage, problems, depth);
        DatePart date = date(typeElement, dateProperties.get(), fromPackage, problems);
        checkParameterOnly(typeElement, properties, !tag.isEmpty() || date != null, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        TypeName typeName = TypeName.get(types.erasure(type));
        String simpleName = typeName instanceof ClassName className
                ? String.join("", className.simpleNames()) : typeElement.getSimpleName().toString();
        return Optional.of(new ValidatorModel(typeName, simpleName, List.copyOf(tag.parts()), tag.collection(), date));
    }

    /** The tag's properties: {@code @ETagSource} ones, else the one version; empty after reporting two versions. */
    private static Optional<List<Property>> tagProperties(TypeElement type, List<Property> properties,
                                                          List<Problem> problems) {
        List<Property> tagProperties = EntityProperties.withAnnotation(properties, List.of(ETAG_SOURCE));
        if (tagProperties.isEmpty()) {
            tagProperties = EntityProperties.withAnnotation(properties, VERSIONS);
            if (tagProperties.size() > 1) {
                problems.add(Problem.on(tagProperties.get(1).element(), Messages.twoProperties(
                        type.getSimpleName().toString(), "@Version",
                        tagProperties.get(0).name(), tagProperties.get(1).name())));
                return Optional.empty();
            }
        }
        return Optional.of(tagProperties);
    }

    /** The date's property: {@code @LastModified}, else a modification date; empty after reporting two. */
    private static Optional<List<Property>> dateProperties(TypeElement type, List<Property> properties,
                                                           List<Problem> problems) {
        List<Property> dateProperties = EntityProperties.withAnnotation(properties, List.of(LAST_MODIFIED));
        String dateAnnotation = "@LastModified";
        if (dateProperties.isEmpty()) {
            dateProperties = EntityProperties.withAnnotation(properties, DATES_UPDATED);
            dateAnnotation = EntityProperties.annotationNames(dateProperties, DATES_UPDATED);
        }
        if (dateProperties.size() > 1) {
            problems.add(Problem.on(dateProperties.get(1).element(), Messages.twoProperties(
                    type.getSimpleName().toString(), dateAnnotation,
                    dateProperties.get(0).name(), dateProperties.get(1).name())));
            return Optional.empty();
        }
        return Optional.of(dateProperties);
    }

    /** The entity tag found: its own parts, or a collection property whose elements' tags make it. */
    private record Tag(List<TagPart> parts, CollectionTag collection) {

        boolean isEmpty() {
            return parts.isEmpty() && collection == null;
        }
    }

    private Tag tag(TypeElement type, List<Property> tagProperties, PackageElement fromPackage,
                    List<Problem> problems, int depth) {
        List<TagPart> parts = new ArrayList<>();
        CollectionTag collectionTag = null;
        for (Property property : tagProperties) {
            String accessor = accessorOf(property, type, fromPackage, problems);
            Optional<TypeMirror> elementType = elementTypeOf(property.type());
            if (elementType.isPresent() && depth < MAX_DEPTH) {
                if (tagProperties.size() > 1) {
                    problems.add(Problem.on(property.element(),
                            Messages.collectionWithOthers(type.getSimpleName().toString(), property.name())));
                    continue;
                }
                collectionTag = collectionTag(property, accessor, elementType.get(), fromPackage, problems, depth)
                        .orElse(collectionTag);
                continue;
            }
            PartKind kind = partKindOf(property.type());
            if (kind == null) {
                problems.add(Problem.on(property.element(),
                        Messages.unsupportedETagType(property.name(), property.type().toString())));
                continue;
            }
            parts.add(new TagPart(accessor, TypeName.get(property.type()), kind, property.type().getKind().isPrimitive(),
                    property.name()));
        }
        return new Tag(parts, collectionTag);
    }

    /** A collection property as the tag: its elements must have tags; empty after reporting that they have none. */
    private Optional<CollectionTag> collectionTag(Property property, String accessor, TypeMirror elementType,
                                                  PackageElement fromPackage, List<Problem> problems, int depth) {
        Optional<ValidatorModel> element = discover(elementType, fromPackage, problems, depth + 1);
        if (element.isPresent() && !element.get().hasTag()) {
            problems.add(Problem.on(property.element(),
                    Messages.unsupportedETagType(property.name(), property.type().toString())));
            return Optional.empty();
        }
        return element.map(model -> new CollectionTag(accessor, model));
    }

    /** @return the date part of the one date property, or {@code null} for none or after reporting its type */
    private DatePart date(TypeElement type, List<Property> dateProperties, PackageElement fromPackage,
                          List<Problem> problems) {
        if (dateProperties.size() != 1) {
            return null;
        }
        Property property = dateProperties.get(0);
        String accessor = accessorOf(property, type, fromPackage, problems);
        DateKind kind = dateKindOf(property.type());
        if (kind == null) {
            problems.add(Problem.on(property.element(),
                    Messages.unsupportedLastModifiedType(property.name(), property.type().toString())));
            return null;
        }
        String zone = zoneOf(property);
        try {
            if (!zone.equals(DatePart.JVM_ZONE)) {
                ZoneId.of(zone);
            }
        } catch (DateTimeException e) {
            problems.add(badZone(property, zone));
        }
        return new DatePart(accessor, TypeName.get(property.type()), kind, property.type().getKind().isPrimitive(),
                zone);
    }

    /** Validators found, but a constructor parameter's annotation is not among them: report it, never drop it. */
    private static void checkParameterOnly(TypeElement type, List<Property> properties, boolean found,
                                           List<Problem> problems) {
        List<ParameterOnly> parameterOnly = EntityProperties.parameterOnlyAnnotations(type, properties);
        if (!parameterOnly.isEmpty() && found) {
            problems.add(Problem.on(parameterOnly.get(0).parameter(), Messages.parameterOnlyAnnotation(
                    type.getSimpleName().toString(), EntityProperties.describe(parameterOnly),
                    parameterOnly.get(0).annotation())));
        }
    }

    private String zoneOf(Property property) {
        for (Element element : property.annotated()) {
            AnnotationMirror mirror = annotation(element, LAST_MODIFIED);
            if (mirror != null) {
                Object zone = AnnotationValues.of(elements, mirror, "zone");
                return zone == null ? DatePart.JVM_ZONE : zone.toString();
            }
        }
        return DatePart.JVM_ZONE;
    }

    /** The caret goes on the {@code zone} value of the {@code @LastModified} that sets it. */
    private Problem badZone(Property property, String zone) {
        for (Element element : property.annotated()) {
            AnnotationMirror mirror = annotation(element, LAST_MODIFIED);
            if (mirror != null) {
                return Problem.on(element, mirror, AnnotationValues.valueOf(elements, mirror, "zone"),
                        Messages.badZone(property.name(), zone));
            }
        }
        return Problem.on(property.element(), Messages.badZone(property.name(), zone));
    }

    private String accessorOf(Property property, TypeElement owner, PackageElement fromPackage, List<Problem> problems) {
        if (property.getter() != null && isReadable(property.getter(), fromPackage)) {
            return "value." + property.getter().getSimpleName() + "()";
        }
        if (property.field() != null && isReadable(property.field(), fromPackage)) {
            return "value." + property.field().getSimpleName();
        }
        problems.add(Problem.on(property.element(),
                Messages.unreadableProperty(property.name(), owner.getSimpleName().toString())));
        return "value." + property.name();
    }

    private boolean isReadable(Element member, PackageElement fromPackage) {
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        return !member.getModifiers().contains(Modifier.PRIVATE)
                && elements.getPackageOf(member).equals(fromPackage);
    }

    private static PartKind partKindOf(TypeMirror type) {
        switch (type.getKind()) {
            case LONG: case INT: case SHORT: case BYTE:
                return PartKind.NUMBER;
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? PartKind.BYTES : null;
            case DECLARED:
                switch (((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()) {
                    case "java.lang.Long": case "java.lang.Integer": case "java.lang.Short": case "java.lang.Byte":
                        return PartKind.NUMBER;
                    case "java.lang.String":
                        return PartKind.STRING;
                    case "java.util.UUID":
                        return PartKind.UUID;
                    default:
                        return null;
                }
            default:
                return null;
        }
    }

    private static DateKind dateKindOf(TypeMirror type) {
        if (type.getKind() == TypeKind.LONG) {
            return DateKind.EPOCH_MILLIS;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        switch (((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()) {
            case "java.time.Instant":
                return DateKind.INSTANT;
            case "java.time.OffsetDateTime": case "java.time.ZonedDateTime":
                return DateKind.OFFSET_OR_ZONED;
            case "java.time.LocalDateTime":
                return DateKind.LOCAL;
            case "java.util.Date": case "java.sql.Timestamp":
                return DateKind.DATE;
            case "java.lang.Long":
                return DateKind.EPOCH_MILLIS;
            default:
                return null;
        }
    }
}
