package io.precondition.client;

import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

/**
 * What the filter needs to know about the declarative client method behind a request, read from Micronaut's
 * compile-time annotation metadata (no reflection): whether it is a {@code @Versioned} read or a
 * {@code @ConditionalWrite}, and the type its answer's body is decoded to.
 *
 * @param name {@code Type.method}, for messages
 * @param versionedRead whether it carries {@code @Versioned} (directly or from the API interface it comes from)
 * @param conditionalWrite whether it carries {@code @ConditionalWrite}
 * @param bodyType the body's type: the return type without {@code Mono}/{@code Publisher}/
 *     {@code CompletableFuture}, {@code HttpResponse} and {@code Tagged}
 * @param tagged whether the caller receives a {@link Tagged}
 * @param immutableBody whether a decoded body may be handed to every caller ({@link ImmutableBodies})
 */
record ClientMethod(String name, boolean versionedRead, boolean conditionalWrite, Argument<?> bodyType,
                    boolean tagged, boolean immutableBody) {

    /**
     * @param context the invocation of the declarative client method
     * @param immutable the body types found immutable at compile time
     * @return what the filter needs of it
     */
    static ClientMethod of(MethodInvocationContext<?, ?> context, ImmutableBodyTypes immutable) {
        AnnotationMetadata metadata = context.getAnnotationMetadata();
        Argument<?> body = context.getReturnType().asArgument();
        if (body.isAsyncOrReactive()) {
            body = body.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        }
        if (HttpResponse.class.isAssignableFrom(body.getType())) {
            body = body.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        }
        boolean tagged = Tagged.class == body.getType();
        if (tagged) {
            body = body.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        }
        return new ClientMethod(context.getDeclaringType().getSimpleName() + "." + context.getMethodName(),
                metadata.hasAnnotation(Versioned.class), metadata.hasAnnotation(ConditionalWrite.class), body, tagged,
                immutable.contains(body));
    }
}
