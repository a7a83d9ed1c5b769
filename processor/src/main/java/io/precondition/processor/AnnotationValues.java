package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import java.util.Map;

/**
 * Finds annotations by name and reads their attribute values, defaults included, from their mirrors (no reflection
 * on the annotation, and no annotation class needed on the processor path).
 */
final class AnnotationValues {

    private AnnotationValues() {
    }

    /** @return the element's own annotation of type {@code qualifiedName}, or {@code null} */
    static AnnotationMirror annotation(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    static Object of(Elements elements, AnnotationMirror mirror, String name) {
        AnnotationValue value = valueOf(elements, mirror, name);
        return value == null ? null : value.getValue();
    }

    static AnnotationValue valueOf(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** @return the attribute's value where the annotation sets it explicitly, else {@code null} */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
