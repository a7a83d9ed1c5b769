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
 * @param bodyShape whether the body is one value, or a collection or stream whose elements {@code body} describes
 * @param parameterTypes the handler's parameter types, erased, in order: with its name, what identifies it
 * @param nameShared whether the controller has another method of this name (an unannotated overload, an inherited
 *     one), so that the generated filter compares the routed method's parameter types too
 * @param read what a read's responses carry besides the validators
 * @param overload its place among the controller's annotated handlers of this name (0 for the first), which keeps
 *     the constants of annotated overloads apart
 */
record HandlerModel(String methodName, String description, boolean write, boolean requireGuard,
                    boolean absentIsNotFound, LookupModel lookup, ValidatorModel body, BodyShape bodyShape,
                    List<TypeName> parameterTypes, boolean nameShared, ReadPolicy read, int overload) {

    /** A handler that is the first annotated one of its name. */
    HandlerModel(String methodName, String description, boolean write, boolean requireGuard,
                 boolean absentIsNotFound, LookupModel lookup, ValidatorModel body, BodyShape bodyShape,
                 List<TypeName> parameterTypes, boolean nameShared, ReadPolicy read) {
        this(methodName, description, write, requireGuard, absentIsNotFound, lookup, body, bodyShape, parameterTypes,
                nameShared, read, 0);
    }

    /** A handler whose name is the only method of that name in its controller. */
    HandlerModel(String methodName, String description, boolean write, boolean requireGuard,
                 boolean absentIsNotFound, LookupModel lookup, ValidatorModel body, BodyShape bodyShape) {
        this(methodName, description, write, requireGuard, absentIsNotFound, lookup, body, bodyShape, List.of(), false,
                ReadPolicy.DEFAULT);
    }

    /** A handler with the default {@link ReadPolicy}. */
    HandlerModel(String methodName, String description, boolean write, boolean requireGuard,
                 boolean absentIsNotFound, LookupModel lookup, ValidatorModel body, BodyShape bodyShape,
                 List<TypeName> parameterTypes, boolean nameShared) {
        this(methodName, description, write, requireGuard, absentIsNotFound, lookup, body, bodyShape, parameterTypes,
                nameShared, ReadPolicy.DEFAULT);
    }

    HandlerModel withModels(LookupModel renamedLookup, ValidatorModel renamedBody) {
        return new HandlerModel(methodName, description, write, requireGuard, absentIsNotFound, renamedLookup,
                renamedBody, bodyShape, parameterTypes, nameShared, read, overload);
    }

    HandlerModel withOverload(int place) {
        return new HandlerModel(methodName, description, write, requireGuard, absentIsNotFound, lookup, body,
                bodyShape, parameterTypes, nameShared, read, place);
    }

    /**
     * What a read's responses carry besides its validators, from {@code @Versioned}.
     *
     * @param cacheControl the {@code Cache-Control} of its 2xx and 304 responses, or {@code null} for the configured one
     * @param vary the {@code Vary} field names of its 2xx and 304 responses
     * @param validatorsFromLookup whether its body has no validators of its own (a {@code String}, {@code byte[]} or
     *     file), so that the lookup's validate it: the lookup then runs for every request
     */
    record ReadPolicy(String cacheControl, List<String> vary, boolean validatorsFromLookup) {
        static final ReadPolicy DEFAULT = new ReadPolicy(null, List.of(), false);

        boolean isDefault() {
            return equals(DEFAULT);
        }
    }

    /** @return whether {@code body} describes the elements of a collection or stream rather than the body itself */
    boolean bodyIsCollection() {
        return bodyShape != BodyShape.VALUE;
    }

    /** What the handler's body is, once Micronaut has resolved a {@code Mono} or {@code CompletionStage}. */
    enum BodyShape {
        /** one value: {@code T}, {@code Optional<T>}, {@code HttpResponse<T>} */
        VALUE,
        /** an {@code Iterable<T>} ({@code List}, Micronaut Data's {@code Page}, ...) */
        COLLECTION,
        /**
         * a stream of several values ({@code Flux<T>}, {@code Publisher<T>}), which Micronaut would send as a JSON
         * array in chunks; the generated filter collects it before computing its validators
         */
        STREAM
    }

    /**
     * @param methodName the lookup method
     * @param arguments the route variables that fill its parameters, in order
     * @param returnsOptional whether it returns {@code Optional<V>} rather than a nullable {@code V}
     * @param value {@code V}'s validators
     * @param async whether it returns its value later, and how
     * @param fromIfMatch how to rebuild {@code V} from a single strong {@code If-Match} tag instead of calling the
     *     lookup ({@code @ConditionalWrite(lookupOnIfMatch = false)}), or {@code null}
     */
    record LookupModel(String methodName, List<Argument> arguments, boolean returnsOptional, ValidatorModel value,
                       Async async, ValueFromTag fromIfMatch) {

        /** A lookup that returns its value at once. */
        LookupModel(String methodName, List<Argument> arguments, boolean returnsOptional, ValidatorModel value) {
            this(methodName, arguments, returnsOptional, value, Async.NONE, null);
        }

        LookupModel withFromIfMatch(ValueFromTag rebuilt) {
            return new LookupModel(methodName, arguments, returnsOptional, value, async, rebuilt);
        }

        LookupModel withValue(ValidatorModel renamed) {
            return new LookupModel(methodName, arguments, returnsOptional, renamed, async, fromIfMatch);
        }
    }

    /**
     * How a lookup's record value is rebuilt from an entity tag: its canonical constructor's arguments, each the
     * index of a tag part in {@link ValidatorModel#tagParts()} or {@link #NULL} (the Last-Modified, unknown then).
     *
     * @param arguments one entry per record component, in order
     */
    record ValueFromTag(List<Integer> arguments) {
        static final int NULL = -1;
    }

    /** How a lookup delivers its value. */
    enum Async {
        /** {@code V} or {@code Optional<V>} */
        NONE,
        /** {@code CompletionStage} / {@code CompletableFuture} of {@code V} or {@code Optional<V>} */
        COMPLETION_STAGE,
        /** Reactor's {@code Mono<V>}, empty when absent */
        MONO,
        /** a Kotlin {@code suspend fun} of {@code V?} or {@code Optional<V>}, called through {@code SuspendCalls} */
        SUSPEND
    }

    /**
     * @param variable the route variable's name
     * @param type the parameter's type (boxed)
     */
    record Argument(String variable, TypeName type) {
    }
}
