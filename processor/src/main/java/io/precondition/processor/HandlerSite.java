package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * A handler of a controller as Micronaut routes it: the controller's own method (declared, or inherited from an
 * abstract base), and the annotations that apply to it, each from the method itself or else from the nearest method
 * it implements or overrides (an API interface shared with a declarative client, an abstract base). The override's own
 * annotations win.
 *
 * @param method the method Micronaut calls
 * @param versioned its {@code @Versioned}, or {@code null}
 * @param write its {@code @ConditionalWrite}, or {@code null}
 * @param route its route annotation, or {@code null}
 * @param versionedOn the element that carries {@code versioned}
 * @param writeOn the element that carries {@code write}
 */
record HandlerSite(ExecutableElement method, AnnotationMirror versioned, AnnotationMirror write,
                   Routes.HttpMethod route, Element versionedOn, Element writeOn) {

    /** @return the element to report a problem of {@code mirror} on: the one that carries it */
    Element elementOf(AnnotationMirror mirror) {
        if (mirror != null && mirror == versioned) {
            return versionedOn;
        }
        if (mirror != null && mirror == write) {
            return writeOn;
        }
        return method;
    }

    /** A site whose annotations are all the method's own. */
    static HandlerSite own(ExecutableElement method) {
        return new HandlerSite(method, AnnotationValues.annotation(method, HandlerScanner.VERSIONED),
                AnnotationValues.annotation(method, HandlerScanner.CONDITIONAL_WRITE), Routes.httpMethodOf(method),
                method, method);
    }
}
