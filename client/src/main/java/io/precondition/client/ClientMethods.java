package io.precondition.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;

/** The declarative client methods called so far, each read once from its compile-time metadata. */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class ClientMethods {

    private final Map<ExecutableMethod<?, ?>, ClientMethod> methods = new ConcurrentHashMap<>();
    private final ImmutableBodyTypes immutable;

    ClientMethods(ImmutableBodyTypes immutable) {
        this.immutable = immutable;
    }

    /** @return what the filter needs to know of the method behind this invocation */
    ClientMethod of(MethodInvocationContext<?, ?> context) {
        return methods.computeIfAbsent(context.getExecutableMethod(), method -> ClientMethod.of(context, immutable));
    }
}
