package io.precondition.processor;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the annotated handler methods of a round and groups them by the class that declares them. A class-level
 * {@code @Versioned} selects every {@code @Get} method of the class.
 */
final class HandlerScanner {

    static final String VERSIONED = "io.precondition.annotation.Versioned";
    static final String CONDITIONAL_WRITE = "io.precondition.annotation.ConditionalWrite";
    /** A declarative HTTP client: its annotations describe the server's routes, which precondition-client reads. */
    static final String CLIENT = "io.micronaut.http.client.annotation.Client";

    private final Elements elements;

    HandlerScanner(Elements elements) {
        this.elements = elements;
    }

    Map<TypeElement, List<ExecutableElement>> scan(RoundEnvironment round) {
        Map<TypeElement, Set<ExecutableElement>> byType = new LinkedHashMap<>();
        for (String annotation : List.of(VERSIONED, CONDITIONAL_WRITE)) {
            TypeElement annotationType = elements.getTypeElement(annotation);
            if (annotationType == null) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotationType)) {
                if (isClient(element)) {
                    continue;
                }
                if (element.getKind() == ElementKind.METHOD) {
                    TypeElement owner = (TypeElement) element.getEnclosingElement();
                    byType.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add((ExecutableElement) element);
                } else if (element instanceof TypeElement type) {
                    Set<ExecutableElement> methods = byType.computeIfAbsent(type, k -> new LinkedHashSet<>());
                    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                        if (Routes.httpMethodOf(method) != null && Routes.httpMethodOf(method).read()) {
                            methods.add(method);
                        }
                    }
                }
            }
        }
        Map<TypeElement, List<ExecutableElement>> result = new LinkedHashMap<>();
        byType.forEach((type, methods) -> result.put(type, new ArrayList<>(methods)));
        return result;
    }

    /** Whether the element is, or is declared in, a declarative {@code @Client}: no server handler of ours. */
    static boolean isClient(Element element) {
        Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
        return type instanceof TypeElement && ValidatorDiscovery.annotation(type, CLIENT) != null;
    }

    /**
     * @param type a class
     * @return its own annotated handlers, as {@link #scan} groups them for it: methods with either annotation, and
     *     every read route when the class is {@code @Versioned}
     */
    static List<ExecutableElement> handlersOf(TypeElement type) {
        boolean classVersioned = ValidatorDiscovery.annotation(type, VERSIONED) != null;
        List<ExecutableElement> handlers = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            Routes.HttpMethod httpMethod = Routes.httpMethodOf(method);
            if (ValidatorDiscovery.annotation(method, VERSIONED) != null
                    || ValidatorDiscovery.annotation(method, CONDITIONAL_WRITE) != null
                    || (classVersioned && httpMethod != null && httpMethod.read())) {
                handlers.add(method);
            }
        }
        return handlers;
    }
}
