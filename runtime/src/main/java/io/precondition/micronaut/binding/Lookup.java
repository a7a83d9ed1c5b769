package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;

import java.util.Objects;

/**
 * A handler's lookup: a direct call of the controller's lookup method with the request's route variables, and how
 * its value arrives. The value may be wrapped in an {@code Optional}; the engine unwraps it.
 */
@Internal
public final class Lookup {

    /** How the lookup's value arrives. */
    public enum Kind {
        /** Returned at once, possibly after blocking: run where Micronaut runs the handler. */
        BLOCKING,
        /** A {@code CompletionStage} (also a Kotlin {@code suspend fun} called through {@link SuspendCalls}). */
        STAGE,
        /** A single-valued {@code Publisher}, e.g. a {@code Mono}. */
        PUBLISHER
    }

    /** The call itself, generated as a lambda with direct calls. */
    @FunctionalInterface
    public interface Call {
        /**
         * @param route the request's route variables
         * @return the value, an {@code Optional} of it, or a stage or publisher of either, as {@link #kind()} says
         */
        Object find(RouteVariables route);
    }

    private final Kind kind;
    private final Call call;

    private Lookup(Kind kind, Call call) {
        this.kind = kind;
        this.call = Objects.requireNonNull(call);
    }

    /** @param call returns the value at once @return the lookup */
    public static Lookup blocking(Call call) {
        return new Lookup(Kind.BLOCKING, call);
    }

    /** @param call returns a {@code CompletionStage} of the value @return the lookup */
    public static Lookup stage(Call call) {
        return new Lookup(Kind.STAGE, call);
    }

    /** @param call returns a single-valued {@code Publisher} of the value @return the lookup */
    public static Lookup publisher(Call call) {
        return new Lookup(Kind.PUBLISHER, call);
    }

    /** @return how the value arrives */
    public Kind kind() {
        return kind;
    }

    /** @return the call */
    public Call call() {
        return call;
    }
}
