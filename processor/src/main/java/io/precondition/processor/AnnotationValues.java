package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import java.util.Map;

/** Reads an annotation attribute's value, defaults included, from its mirror (no reflection on the annotation). */
final class AnnotationValues {

    private AnnotationValues() {
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
}
