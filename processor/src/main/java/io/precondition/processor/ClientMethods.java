package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of a declarative {@code @Client} type as Micronaut implements them: each abstract method the client has,
 * declared or inherited from an API interface (which a controller may implement too), with the methods it overrides,
 * whose annotations apply to it too.
 */
final class ClientMethods {

    /**
     * One method Micronaut implements for a client.
     *
     * @param client the client type
     * @param method the method, declared by the client or inherited
     * @param chain the method, then the methods it overrides or implements, nearest supertype first
     */
    record Site(TypeElement client, ExecutableElement method, List<ExecutableElement> chain) {

        /** @return whether the client declares the method itself (else it is inherited) */
        boolean declared() {
            return method.getEnclosingElement().equals(client);
        }

        /** @return the nearest of the chain's annotations of that type, or null */
        AnnotationMirror nearest(String annotation) {
            for (ExecutableElement candidate : chain) {
                AnnotationMirror mirror = AnnotationValues.annotation(candidate, annotation);
                if (mirror != null) {
                    return mirror;
                }
            }
            return null;
        }
    }

    private final Elements elements;
    private final HandlerScanner scanner;

    ClientMethods(Elements elements, HandlerScanner scanner) {
        this.elements = elements;
        this.scanner = scanner;
    }

    /** @return the client's abstract instance methods that no other member overrides, each with its chain */
    List<Site> of(TypeElement client) {
        List<ExecutableElement> members = ElementFilter.methodsIn(elements.getAllMembers(client));
        List<Site> sites = new ArrayList<>();
        for (ExecutableElement method : members) {
            if (method.getModifiers().contains(Modifier.ABSTRACT) && !method.getModifiers().contains(Modifier.STATIC)
                    && !overriddenWithin(client, method, members)) {
                sites.add(new Site(client, method, scanner.withOverridden(client, method)));
            }
        }
        return sites;
    }

    /** Whether another member of the client overrides the method: that one is what Micronaut implements. */
    private boolean overriddenWithin(TypeElement client, ExecutableElement method,
                                     List<ExecutableElement> members) {
        for (ExecutableElement other : members) {
            if (other != method && other.getSimpleName().equals(method.getSimpleName())
                    && elements.overrides(other, method, client)) {
                return true;
            }
        }
        return false;
    }
}
