package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.ValidatorModel.CollectionTag;
import io.precondition.processor.ValidatorModel.DateKind;
import io.precondition.processor.ValidatorModel.DatePart;
import io.precondition.processor.ValidatorModel.PartKind;
import io.precondition.processor.ValidatorModel.TagPart;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where a type's validators come from: {@code @ETagSource} properties (else a version: Micronaut Data's or
 * JPA's {@code @Version}) for the entity tag, {@code @LastModified} (else a modification date: Micronaut Data's
 * {@code @DateUpdated} or Hibernate's {@code @UpdateTimestamp}) for the modification date. Annotations are matched by
 * name, so neither Micronaut Data nor JPA is needed on the processor path. An id ({@code @Id} of either) is part of
 * the tag only with {@code @ETagSource}, for both alike. Reports every misuse it finds on the property at fault.
 */
final class ValidatorDiscovery {

    static final String ETAG_SOURCE = "io.precondition.annotation.ETagSource";
    static final String LAST_MODIFIED = "io.precondition.annotation.LastModified";
    static final String DATA_VERSION = "io.micronaut.data.annotation.Version";
    static final String DATA_DATE_UPDATED = "io.micronaut.data.annotation.DateUpdated";
    static final String JPA_VERSION = "jakarta.persistence.Version";
    static final String HIBERNATE_UPDATE_TIMESTAMP = "org.hibernate.annotations.UpdateTimestamp";
    /** A version makes the tag when no property has {@code @ETagSource}. */
    static final List<String> VERSIONS = List.of(DATA_VERSION, JPA_VERSION);
    /** A modification date when no property has {@code @LastModified}. */
    static final List<String> DATES_UPDATED = List.of(DATA_DATE_UPDATED, HIBERNATE_UPDATE_TIMESTAMP);

    /** Every annotation that marks a validator property (on a constructor parameter, it marks none). */
    private static final List<String> VALIDATOR_ANNOTATIONS = List.of(ETAG_SOURCE, LAST_MODIFIED, DATA_VERSION,
            JPA_VERSION, DATA_DATE_UPDATED, HIBERNATE_UPDATE_TIMESTAMP);

    private static final int MAX_DEPTH = 3;

    private final Elements elements;
    private final Types types;
    private final TypeMirror iterable;

    ValidatorDiscovery(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
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

    private Optional<ValidatorModel> discover(TypeMirror type, PackageElement fromPackage, List<Problem> problems,
                                              int depth) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.of(new ValidatorModel(TypeName.get(type), "Value", List.of(), null, null));
        }
        TypeElement typeElement = (TypeElement) ((DeclaredType) type).asElement();
        int before = problems.size();
        List<Property> properties = propertiesOf(typeElement);

        List<Property> tagProperties = withAnnotation(properties, List.of(ETAG_SOURCE));
        if (tagProperties.isEmpty()) {
            tagProperties = withAnnotation(properties, VERSIONS);
            if (tagProperties.size() > 1) {
                problems.add(Problem.on(tagProperties.get(1).element(), Messages.twoProperties(
                        typeElement.getSimpleName().toString(), "@Version",
                        tagProperties.get(0).name(), tagProperties.get(1).name())));
                return Optional.empty();
            }
        }
        List<Property> dateProperties = withAnnotation(properties, List.of(LAST_MODIFIED));
        String dateAnnotation = "@LastModified";
        if (dateProperties.isEmpty()) {
            dateProperties = withAnnotation(properties, DATES_UPDATED);
            dateAnnotation = annotationNames(dateProperties, DATES_UPDATED);
        }
        if (dateProperties.size() > 1) {
            problems.add(Problem.on(dateProperties.get(1).element(), Messages.twoProperties(
                    typeElement.getSimpleName().toString(), dateAnnotation,
                    dateProperties.get(0).name(), dateProperties.get(1).name())));
            return Optional.empty();
        }

        List<TagPart> parts = new ArrayList<>();
        CollectionTag collectionTag = null;
        for (Property property : tagProperties) {
            String accessor = accessorOf(property, typeElement, fromPackage, problems);
            Optional<TypeMirror> elementType = elementTypeOf(property.type());
            if (elementType.isPresent() && depth < MAX_DEPTH) {
                if (tagProperties.size() > 1) {
                    problems.add(Problem.on(property.element(),
                            Messages.collectionWithOthers(typeElement.getSimpleName().toString(), property.name())));
                    continue;
                }
                Optional<ValidatorModel> element = discover(elementType.get(), fromPackage, problems, depth + 1);
                if (element.isPresent() && !element.get().hasTag()) {
                    problems.add(Problem.on(property.element(),
                            Messages.unsupportedETagType(property.name(), property.type().toString())));
                } else if (element.isPresent()) {
                    collectionTag = new CollectionTag(accessor, element.get());
                }
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

        DatePart date = null;
        if (dateProperties.size() == 1) {
            Property property = dateProperties.get(0);
            String accessor = accessorOf(property, typeElement, fromPackage, problems);
            DateKind kind = dateKindOf(property.type());
            if (kind == null) {
                problems.add(Problem.on(property.element(),
                        Messages.unsupportedLastModifiedType(property.name(), property.type().toString())));
            } else {
                String zone = zoneOf(property);
                try {
                    if (!zone.equals(DatePart.JVM_ZONE)) {
                        ZoneId.of(zone);
                    }
                } catch (DateTimeException e) {
                    problems.add(badZone(property, zone));
                }
                date = new DatePart(accessor, TypeName.get(property.type()), kind,
                        property.type().getKind().isPrimitive(), zone);
            }
        }
        // Validators found, but a constructor parameter's annotation is not among them: report it, never drop it.
        List<ParameterOnly> parameterOnly = parameterOnlyAnnotations(typeElement, properties);
        if (!parameterOnly.isEmpty() && (!parts.isEmpty() || collectionTag != null || date != null)) {
            problems.add(Problem.on(parameterOnly.get(0).parameter(), Messages.parameterOnlyAnnotation(
                    typeElement.getSimpleName().toString(), describe(parameterOnly), parameterOnly.get(0).annotation())));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        TypeName typeName = TypeName.get(types.erasure(type));
        String simpleName = typeName instanceof ClassName className
                ? String.join("", className.simpleNames()) : typeElement.getSimpleName().toString();
        return Optional.of(new ValidatorModel(typeName, simpleName, List.copyOf(parts), collectionTag, date));
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
        List<ParameterOnly> found = parameterOnlyAnnotations(typeElement, propertiesOf(typeElement));
        return found.isEmpty() ? "" : " " + Messages.parameterOnlyFix(typeElement.getSimpleName().toString(),
                describe(found), found.get(0).annotation());
    }

    /** A validator annotation on a constructor parameter that the property of the same name does not carry. */
    private record ParameterOnly(VariableElement parameter, String annotation) {
    }

    private static List<ParameterOnly> parameterOnlyAnnotations(TypeElement type, List<Property> properties) {
        List<ParameterOnly> found = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (VariableElement parameter : constructor.getParameters()) {
                for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
                    String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                    if (!VALIDATOR_ANNOTATIONS.contains(name) || carries(properties, parameter, name)) {
                        continue;
                    }
                    String simpleName = name.substring(name.lastIndexOf('.') + 1);
                    boolean seen = false;
                    for (ParameterOnly other : found) {
                        seen |= other.annotation().equals(simpleName)
                                && other.parameter().getSimpleName().equals(parameter.getSimpleName());
                    }
                    if (!seen) {
                        found.add(new ParameterOnly(parameter, simpleName));
                    }
                }
            }
        }
        return found;
    }

    /** Whether the property named like {@code parameter} carries the annotation {@code qualifiedName}. */
    private static boolean carries(List<Property> properties, VariableElement parameter, String qualifiedName) {
        for (Property property : properties) {
            if (property.name().contentEquals(parameter.getSimpleName())) {
                for (Element element : property.annotated()) {
                    if (annotation(element, qualifiedName) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** E.g. {@code "@Version version, @DateUpdated updatedAt"}. */
    private static String describe(List<ParameterOnly> found) {
        List<String> entries = new ArrayList<>();
        for (ParameterOnly one : found) {
            entries.add("@" + one.annotation() + " " + one.parameter().getSimpleName());
        }
        return String.join(", ", entries);
    }

    /** A readable property: a record component, a field, or an annotated getter. */
    private record Property(String name, TypeMirror type, Element element, List<Element> annotated,
                            ExecutableElement getter, VariableElement field) {
    }

    private List<Property> propertiesOf(TypeElement type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
        if (type.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : type.getRecordComponents()) {
                ExecutableElement accessor = component.getAccessor();
                // The field first: javac has source positions for it (the record header), not for the component.
                List<Element> annotated = new ArrayList<>();
                for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                    if (field.getSimpleName().contentEquals(component.getSimpleName())) {
                        annotated.add(field);
                    }
                }
                annotated.add(accessor);
                annotated.add(component);
                String name = component.getSimpleName().toString();
                Element reported = annotated.get(0);
                properties.put(name, new Property(name, component.asType(), reported, annotated, accessor, null));
            }
            return List.copyOf(properties.values());
        }
        for (VariableElement field : instanceFieldsOf(type)) {
            String name = field.getSimpleName().toString();
            ExecutableElement getter = getterOf(methods, name);
            List<Element> annotated = new ArrayList<>();
            annotated.add(field);
            if (getter != null) {
                annotated.add(getter);
            }
            properties.put(name, new Property(name, field.asType(), field, annotated, getter, field));
        }
        for (ExecutableElement method : methods) {
            if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                continue;
            }
            String name = propertyNameOf(method.getSimpleName().toString());
            if (properties.containsKey(name) || !hasAnyValidatorAnnotation(method)) {
                continue;
            }
            properties.put(name, new Property(name, method.getReturnType(), method, List.of(method), method, null));
        }
        return List.copyOf(properties.values());
    }

    /**
     * The instance fields of a type and of its superclasses, nearest first (a field hides its superclasses' of the
     * same name). Unlike {@code getAllMembers}, this keeps a superclass's private fields: a base entity's private
     * {@code @Version} field is read through its inherited getter.
     */
    private static List<VariableElement> instanceFieldsOf(TypeElement type) {
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (TypeElement current = type; current != null; ) {
            for (VariableElement field : ElementFilter.fieldsIn(current.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    fields.putIfAbsent(field.getSimpleName().toString(), field);
                }
            }
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        return List.copyOf(fields.values());
    }

    private static ExecutableElement getterOf(List<ExecutableElement> methods, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of("get" + capitalised, "is" + capitalised, property)) {
            for (ExecutableElement method : methods) {
                if (method.getSimpleName().contentEquals(candidate) && method.getParameters().isEmpty()
                        && !method.getModifiers().contains(Modifier.STATIC)
                        && method.getReturnType().getKind() != TypeKind.VOID) {
                    return method;
                }
            }
        }
        return null;
    }

    private static String propertyNameOf(String methodName) {
        for (String prefix : List.of("get", "is")) {
            if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
                    && Character.isUpperCase(methodName.charAt(prefix.length()))) {
                return Character.toLowerCase(methodName.charAt(prefix.length())) + methodName.substring(prefix.length() + 1);
            }
        }
        return methodName;
    }

    private static boolean hasAnyValidatorAnnotation(Element element) {
        return annotation(element, ETAG_SOURCE) != null || annotation(element, LAST_MODIFIED) != null
                || anyAnnotation(element, VERSIONS) != null || anyAnnotation(element, DATES_UPDATED) != null;
    }

    /** The properties with one of {@code annotations} (once each, also when one carries several of them). */
    private static List<Property> withAnnotation(List<Property> properties, List<String> annotations) {
        List<Property> found = new ArrayList<>();
        for (Property property : properties) {
            for (Element element : property.annotated()) {
                if (anyAnnotation(element, annotations) != null) {
                    found.add(property);
                    break;
                }
            }
        }
        return found;
    }

    /** E.g. {@code "@DateUpdated/@UpdateTimestamp"}: the simple names of those of {@code annotations} found. */
    private static String annotationNames(List<Property> properties, List<String> annotations) {
        List<String> names = new ArrayList<>();
        for (String annotation : annotations) {
            String simpleName = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
            if (names.contains(simpleName)) {
                continue;
            }
            for (Property property : properties) {
                if (property.annotated().stream().anyMatch(element -> annotation(element, annotation) != null)) {
                    names.add(simpleName);
                    break;
                }
            }
        }
        return names.isEmpty() ? "@DateUpdated" : String.join("/", names);
    }

    private static AnnotationMirror anyAnnotation(Element element, List<String> qualifiedNames) {
        for (String qualifiedName : qualifiedNames) {
            AnnotationMirror mirror = annotation(element, qualifiedName);
            if (mirror != null) {
                return mirror;
            }
        }
        return null;
    }

    static AnnotationMirror annotation(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
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

    private PartKind partKindOf(TypeMirror type) {
        switch (type.getKind()) {
            case LONG: case INT: case SHORT: case BYTE:
                return PartKind.NUMBER;
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? PartKind.BYTES : null;
            case DECLARED:
                String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
                switch (name) {
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

    private DateKind dateKindOf(TypeMirror type) {
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
