package io.precondition.processor;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The rule for controllers that inherit annotated handlers from a concrete superclass controller: both serve the
 * route on their own paths, and which controller's lookup and annotations apply would be a guess, so the subclass must
 * override each such handler itself. Handlers implemented from an API interface or inherited from an abstract base
 * need nothing: they are the controller's own (see {@link HandlerScanner}).
 */
final class InheritedHandlers {

    private final HandlerScanner scanner;

    InheritedHandlers(HandlerScanner scanner) {
        this.scanner = scanner;
    }

    /** @return the round's concrete controllers, nested ones included */
    static List<TypeElement> controllersOf(RoundEnvironment round) {
        List<TypeElement> controllers = new ArrayList<>();
        Deque<TypeElement> pending = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
            if (HandlerScanner.isConcreteController(type)) {
                controllers.add(type);
            }
        }
        return controllers;
    }

    /** Adds a problem on {@code controller} for each annotated handler it inherits from a concrete controller. */
    void check(TypeElement controller, List<Problem> problems) {
        for (HandlerSite site : scanner.allHandlersOf(controller)) {
            ExecutableElement method = site.method();
            if (HandlerScanner.inheritedFromController(controller, method)) {
                problems.add(Problem.on(controller, Messages.inheritsHandler(controller.getSimpleName().toString(),
                        method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()")));
            }
        }
    }
}
