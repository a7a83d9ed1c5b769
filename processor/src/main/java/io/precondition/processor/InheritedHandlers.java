package io.precondition.processor;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule for controllers that inherit annotated handlers (from a superclass controller, an abstract base or an
 * interface): a filter is generated for the class that declares a handler and covers only that class's routes, so
 * a concrete controller must declare each annotated handler it serves itself.
 */
final class InheritedHandlers {

    private final Elements elements;
    private final Types types;

    InheritedHandlers(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** @return the round's concrete controllers, nested ones included */
    static List<TypeElement> controllersOf(RoundEnvironment round) {
        List<TypeElement> controllers = new ArrayList<>();
        Deque<TypeElement> pending = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
            if (Routes.isController(type) && !type.getModifiers().contains(Modifier.ABSTRACT)
                    && type.getKind().isClass()) {
                controllers.add(type);
            }
        }
        return controllers;
    }

    /**
     * Adds a problem on {@code controller} for each annotated handler it inherits: one that it does not override
     * with an annotated handler of its own.
     */
    void check(TypeElement controller, List<Problem> problems) {
        List<ExecutableElement> own = HandlerScanner.handlersOf(controller);
        Set<ExecutableElement> reported = new LinkedHashSet<>();
        for (TypeElement supertype : supertypesOf(controller)) {
            for (ExecutableElement handler : HandlerScanner.handlersOf(supertype)) {
                ExecutableElement effective = effective(controller, handler);
                if (!own.contains(effective) && reported.add(effective)) {
                    problems.add(Problem.on(controller, Messages.inheritsHandler(
                            controller.getSimpleName().toString(),
                            effective.getEnclosingElement().getSimpleName() + "." + effective.getSimpleName() + "()")));
                }
            }
        }
    }

    /** @return the method that serves {@code handler}'s route in {@code controller}: it, or an override of it */
    private ExecutableElement effective(TypeElement controller, ExecutableElement handler) {
        for (ExecutableElement member : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
            if (member.equals(handler) || elements.overrides(member, handler, controller)) {
                return member;
            }
        }
        return handler;
    }

    private Set<TypeElement> supertypesOf(TypeElement type) {
        Set<TypeElement> supertypes = new LinkedHashSet<>();
        Deque<TypeMirror> pending = new ArrayDeque<>(types.directSupertypes(type.asType()));
        while (!pending.isEmpty()) {
            TypeMirror next = pending.pop();
            if (next.getKind() != TypeKind.DECLARED) {
                continue;
            }
            Element element = ((DeclaredType) next).asElement();
            if (element instanceof TypeElement supertype && supertypes.add(supertype)
                    && !supertype.getQualifiedName().contentEquals("java.lang.Object")) {
                pending.addAll(types.directSupertypes(next));
            }
        }
        return supertypes;
    }
}
