package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** One compile error, kept with the element (and annotation) the caret should point at. */
record Problem(Element element, AnnotationMirror annotation, String message) {

    static Problem on(Element element, String message) {
        return new Problem(element, null, message);
    }

    static Problem on(Element element, AnnotationMirror annotation, String message) {
        return new Problem(element, annotation, message);
    }
}
