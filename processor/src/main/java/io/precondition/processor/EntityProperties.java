package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.precondition.processor.AnnotationValues.annotation;

/**
 * The readable properties of an entity type (record components, fields with their getters, annotated getters) and the
 * validator annotations on them, matched by name: {@code @ETagSource} and {@code @LastModified}, Micronaut Data's or
 * JPA's {@code @Version}, Micronaut Data's {@code @DateUpdated} and Hibernate's {@code @UpdateTimestamp}. Also finds
 * such an annotation on a constructor parameter only (a Kotlin constructor property without {@code @field:}).
 */
final class EntityProperties {

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

    private final Elements elements;

    EntityProperties(Elements elements) {
        this.elements = elements;
    }

    /**
     * A readable property: a record component, a field, or an annotated getter.
     *
     * @param element where its problems are reported
     * @param annotated the elements whose annotations count for it (field, getter, record component)
     * @param getter its getter or record accessor, or {@code null}
     * @param field its field, or {@code null}
     */
    record Property(String name, TypeMirror type, Element element, List<Element> annotated,
                    ExecutableElement getter, VariableElement field) {
    }

    /** A validator annotation on a constructor parameter that the property of the same name does not carry. */
    record ParameterOnly(VariableElement parameter, String annotation) {
    }

    List<Property> propertiesOf(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            return recordPropertiesOf(type);
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
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

    private static List<Property> recordPropertiesOf(TypeElement type) {
        List<Property> properties = new ArrayList<>();
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
            properties.add(new Property(name, component.asType(), annotated.get(0), annotated, accessor, null));
        }
        return List.copyOf(properties);
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
    static List<Property> withAnnotation(List<Property> properties, List<String> annotations) {
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
    static String annotationNames(List<Property> properties, List<String> annotations) {
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

    /** Validator annotations on constructor parameters that the properties of the same names do not carry. */
    static List<ParameterOnly> parameterOnlyAnnotations(TypeElement type, List<Property> properties) {
        List<ParameterOnly> found = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (VariableElement parameter : constructor.getParameters()) {
                for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
                    String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                    if (!VALIDATOR_ANNOTATIONS.contains(name) || carries(properties, parameter, name)) {
                        continue;
                    }
                    String simpleName = name.substring(name.lastIndexOf('.') + 1);
                    if (!seen(found, parameter, simpleName)) {
                        found.add(new ParameterOnly(parameter, simpleName));
                    }
                }
            }
        }
        return found;
    }

    private static boolean seen(List<ParameterOnly> found, VariableElement parameter, String annotation) {
        for (ParameterOnly other : found) {
            if (other.annotation().equals(annotation)
                    && other.parameter().getSimpleName().equals(parameter.getSimpleName())) {
                return true;
            }
        }
        return false;
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
    static String describe(List<ParameterOnly> found) {
        List<String> entries = new ArrayList<>();
        for (ParameterOnly one : found) {
            entries.add("@" + one.annotation() + " " + one.parameter().getSimpleName());
        }
        return String.join(", ", entries);
    }
}
