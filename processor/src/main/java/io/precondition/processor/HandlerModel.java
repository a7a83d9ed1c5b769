package io.precondition.processor;

import com.palantir.javapoet.TypeName;

import java.util.List;

/**
 * One annotated handler, as the writer needs it.
 *
 * @param methodName the handler method's name (the key the generated filter switches on)
 * @param description e.g. {@code "PageController.get"}, for messages
 * @param write whether it is a {@code @ConditionalWrite}
 * @param requireGuard whether a write without a guard gets 428
 * @param absentIsNotFound whether an absent resource gets 404 before the preconditions
 * @param lookup the lookup to call before the handler, or {@code null}
 * @param body the validators of the returned body, or {@code null}
 * @param bodyIsCollection whether the body is an {@code Iterable} whose elements {@code body} describes
 */
record HandlerModel(String methodName, String description, boolean write, boolean requireGuard,
                    boolean absentIsNotFound, LookupModel lookup, ValidatorModel body, boolean bodyIsCollection) {

    /**
     * @param methodName the lookup method
     * @param arguments the route variables that fill its parameters, in order
     * @param returnsOptional whether it returns {@code Optional<V>} rather than a nullable {@code V}
     * @param value {@code V}'s validators
     * @param async whether it returns its value later, and how
     */
    record LookupModel(String methodName, List<Argument> arguments, boolean returnsOptional, ValidatorModel value,
                       Async async) {

        /** A lookup that returns its value at once. */
        LookupModel(String methodName, List<Argument> arguments, boolean returnsOptional, ValidatorModel value) {
            this(methodName, arguments, returnsOptional, value, Async.NONE);
        }
    }

    /** How a lookup delivers its value. */
    enum Async {
        /** {@code V} or {@code Optional<V>} */
        NONE,
        /** {@code CompletionStage} / {@code CompletableFuture} of {@code V} or {@code Optional<V>} */
        COMPLETION_STAGE,
        /** Reactor's {@code Mono<V>}, empty when absent */
        MONO
    }

    /**
     * @param variable the route variable's name
     * @param type the parameter's type (boxed)
     */
    record Argument(String variable, TypeName type) {
    }
}
