package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** One compile error, kept with the element (and annotation, and attribute value) the caret should point at. */
record Problem(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {

    Problem(Element element, AnnotationMirror annotation, String message) {
        this(element, annotation, null, message);
    }

    static Problem on(Element element, String message) {
        return new Problem(element, null, null, message);
    }

    static Problem on(Element element, AnnotationMirror annotation, String message) {
        return new Problem(element, annotation, null, message);
    }

    static Problem on(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        return new Problem(element, annotation, value, message);
    }
}
