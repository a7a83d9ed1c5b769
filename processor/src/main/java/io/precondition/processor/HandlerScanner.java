package io.precondition.processor;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the annotated handlers of a round and groups them by the controller that serves them: every concrete
 * {@code @Controller}'s routes, its own and those it implements from an API interface or inherits from an abstract
 * base, with the annotations that apply to each (see {@link HandlerSite}). A class-level {@code @Versioned} selects
 * every read route of its controller. Annotated methods of a concrete class that is no controller are kept too, for
 * the rule that refuses them; interfaces and abstract classes are only declarations and get nothing of their own;
 * a declarative {@code @Client} is left to the client side.
 */
final class HandlerScanner {

    static final String VERSIONED = "io.precondition.annotation.Versioned";
    static final String CONDITIONAL_WRITE = "io.precondition.annotation.ConditionalWrite";
    /** A declarative HTTP client: its annotations describe the server's routes, which precondition-client reads. */
    static final String CLIENT = "io.micronaut.http.client.annotation.Client";

    private final Elements elements;
    private final Types types;

    HandlerScanner(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    Map<TypeElement, List<HandlerSite>> scan(RoundEnvironment round) {
        Map<TypeElement, List<HandlerSite>> result = new LinkedHashMap<>();
        for (TypeElement controller : InheritedHandlers.controllersOf(round)) {
            List<HandlerSite> handlers = handlersOf(controller);
            if (!handlers.isEmpty()) {
                result.put(controller, handlers);
            }
        }
        for (String annotation : List.of(VERSIONED, CONDITIONAL_WRITE)) {
            TypeElement annotationType = elements.getTypeElement(annotation);
            if (annotationType == null) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotationType)) {
                TypeElement owner = element instanceof TypeElement type ? type
                        : (TypeElement) element.getEnclosingElement();
                if (isClient(owner) || !owner.getKind().isClass()
                        || owner.getModifiers().contains(Modifier.ABSTRACT) || Routes.isController(owner)) {
                    continue;
                }
                List<HandlerSite> sites = result.computeIfAbsent(owner, k -> new ArrayList<>());
                if (element instanceof ExecutableElement method) {
                    sites.add(HandlerSite.own(method));
                }
            }
        }
        return result;
    }

    /** Whether the element is, or is declared in, a declarative {@code @Client}: no server handler of ours. */
    static boolean isClient(Element element) {
        Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
        return type instanceof TypeElement && AnnotationValues.annotation(type, CLIENT) != null;
    }

    /**
     * @param controller a concrete controller
     * @return its annotated handlers: each method it serves (declared or inherited) that carries, or implements a
     *     method that carries, {@code @Versioned} or {@code @ConditionalWrite}, and every read route when the class is
     *     {@code @Versioned}
     */
    List<HandlerSite> handlersOf(TypeElement controller) {
        List<HandlerSite> handlers = new ArrayList<>();
        for (HandlerSite site : allHandlersOf(controller)) {
            if (!inheritedFromController(controller, site.method())) {
                handlers.add(site);
            }
        }
        return handlers;
    }

    /**
     * Whether the method is declared by another concrete controller that the controller extends: both serve it on
     * their own paths, and which controller's lookup and annotations apply would be a guess.
     */
    static boolean inheritedFromController(TypeElement controller, ExecutableElement method) {
        return method.getEnclosingElement() instanceof TypeElement owner && !owner.equals(controller)
                && isConcreteController(owner);
    }

    /** {@link #handlersOf}, with those inherited from a concrete controller superclass. */
    List<HandlerSite> allHandlersOf(TypeElement controller) {
        boolean classVersioned = AnnotationValues.annotation(controller, VERSIONED) != null;
        List<HandlerSite> handlers = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
            if (method.getModifiers().contains(Modifier.STATIC) || isObjectMethod(method)) {
                continue;
            }
            HandlerSite site = siteOf(controller, method);
            if (site.versioned() != null || site.write() != null
                    || (classVersioned && site.route() != null && site.route().read())) {
                handlers.add(site);
            }
        }
        return handlers;
    }

    /** The method's annotations, each its own or else the nearest implemented or overridden method's. */
    private HandlerSite siteOf(TypeElement controller, ExecutableElement method) {
        AnnotationMirror versioned = null;
        AnnotationMirror write = null;
        Routes.HttpMethod route = null;
        Element versionedOn = method;
        Element writeOn = method;
        for (ExecutableElement candidate : withOverridden(controller, method)) {
            if (versioned == null && write == null) {
                versioned = AnnotationValues.annotation(candidate, VERSIONED);
                write = AnnotationValues.annotation(candidate, CONDITIONAL_WRITE);
                versionedOn = candidate;
                writeOn = candidate;
            }
            if (route == null) {
                route = Routes.httpMethodOf(candidate);
            }
        }
        return new HandlerSite(method, versioned, write, route, versionedOn, writeOn);
    }

    /**
     * The method, then the methods it overrides or implements, nearest supertype first (for a controller, and for a
     * declarative client, {@link ClientMethods}).
     */
    List<ExecutableElement> withOverridden(TypeElement controller, ExecutableElement method) {
        List<ExecutableElement> chain = new ArrayList<>();
        chain.add(method);
        for (TypeElement supertype : supertypesOf(controller)) {
            if (supertype.equals(method.getEnclosingElement())) {
                continue;
            }
            for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
                if (candidate.getSimpleName().equals(method.getSimpleName())
                        && elements.overrides(method, candidate, controller)) {
                    chain.add(candidate);
                }
            }
        }
        return chain;
    }

    /** The supertypes of a type, nearest first (superclasses and interfaces, breadth first), without Object. */
    Set<TypeElement> supertypesOf(TypeElement type) {
        Set<TypeElement> supertypes = new LinkedHashSet<>();
        Deque<TypeMirror> pending = new ArrayDeque<>(types.directSupertypes(type.asType()));
        while (!pending.isEmpty()) {
            TypeMirror next = pending.pop();
            if (next.getKind() != TypeKind.DECLARED) {
                continue;
            }
            Element element = ((DeclaredType) next).asElement();
            if (element instanceof TypeElement supertype && !isObject(supertype) && supertypes.add(supertype)) {
                pending.addAll(types.directSupertypes(next));
            }
        }
        return supertypes;
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        return method.getEnclosingElement() instanceof TypeElement owner && isObject(owner);
    }

    private static boolean isObject(TypeElement type) {
        return type.getQualifiedName().contentEquals("java.lang.Object");
    }

    /** Whether the type is a concrete controller, which can serve routes and gets bindings. */
    static boolean isConcreteController(TypeElement type) {
        return Routes.isController(type) && type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.ABSTRACT);
    }
}
