package io.precondition.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import jakarta.inject.Singleton;

/**
 * The declarative clients that use Precondition: those with at least one method carrying {@code @Versioned} or
 * {@code @ConditionalWrite} (its own or inherited from an API interface). {@link ConditionalClientFilter} acts on
 * their calls only; every other declarative client, like the low-level {@code HttpClient} API, is passed through
 * untouched. Read from the bean definitions' compile-time metadata when the filter is created.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class PreconditionClients {

    private final List<Class<?>> annotated = new ArrayList<>();
    private final Map<Class<?>, Boolean> byImplementation = new ConcurrentHashMap<>();

    PreconditionClients(BeanContext context) {
        for (BeanDefinition<?> client : context.getBeanDefinitions(Qualifiers.byStereotype(Client.class))) {
            for (ExecutableMethod<?, ?> method : client.getExecutableMethods()) {
                AnnotationMetadata metadata = method.getAnnotationMetadata();
                if (metadata.hasAnnotation(Versioned.class) || metadata.hasAnnotation(ConditionalWrite.class)) {
                    annotated.add(client.getBeanType());
                    break;
                }
            }
        }
    }

    /**
     * @param client the declarative client bean a call was made on (its generated implementation)
     * @return whether one of the client's methods carries {@code @Versioned} or {@code @ConditionalWrite}
     */
    boolean usePrecondition(Object client) {
        return byImplementation.computeIfAbsent(client.getClass(),
                implementation -> annotated.stream().anyMatch(type -> type.isAssignableFrom(implementation)));
    }
}
