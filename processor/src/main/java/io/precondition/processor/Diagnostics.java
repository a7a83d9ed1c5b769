package io.precondition.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The problems of one processing round, collected by every step and printed once at its end, each on its element
 * (and annotation, and attribute value) so the caret points at the fault. A problem found more than once (an entity
 * read by several handlers) is printed once.
 */
final class Diagnostics {

    /** A step's work on one element, which may fail unexpectedly. */
    interface Step {
        void run() throws IOException;
    }

    private final Messager messager;
    private final List<Problem> problems = new ArrayList<>();

    Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** @return where the steps add their problems */
    List<Problem> problems() {
        return problems;
    }

    /**
     * Runs a step for one element; an unexpected failure becomes an error on that element, with its stack trace, and
     * does not stop the steps for other elements.
     */
    void guard(Element element, Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            problems.add(Problem.on(element, Messages.unexpected(nameOf(element), trace.toString())));
        }
    }

    /** Prints every problem collected, once each, in the order found. */
    void print() {
        for (Problem problem : new LinkedHashSet<>(problems)) {
            if (problem.annotation() != null && problem.value() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation(),
                        problem.value());
            } else if (problem.annotation() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
            }
        }
        problems.clear();
    }

    private static String nameOf(Element element) {
        return element instanceof javax.lang.model.element.TypeElement type
                ? type.getQualifiedName().toString() : element.getSimpleName().toString();
    }
}
