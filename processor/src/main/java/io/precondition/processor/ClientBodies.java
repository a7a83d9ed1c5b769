package io.precondition.processor;

import com.palantir.javapoet.ClassName;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the body types of a declarative client's {@code @Versioned} reads whose decoded values are deeply immutable
 * ({@link ImmutableTypes}): precondition-client keeps one decoded value per stored response for those, instead of
 * decoding the stored bytes for every answer. The body type is found as precondition-client's {@code ClientMethod}
 * finds it at run time: the return type (as the client sees it, type arguments of an API interface resolved) without
 * {@code CompletionStage} / {@code Future} / {@code Publisher}, then {@code HttpResponse}, then {@code Tagged}.
 * Nothing is found when precondition-client is not on the compile path: there is no one to read the result.
 */
final class ClientBodies {

    /** The interface the generated class implements. */
    static final String IMMUTABLE_BODIES = "io.precondition.client.ImmutableBodies";
    private static final List<String> ASYNC = List.of("java.util.concurrent.CompletionStage",
            "java.util.concurrent.Future", "org.reactivestreams.Publisher");
    private static final String HTTP_RESPONSE = "io.micronaut.http.HttpResponse";

    /**
     * What is generated for one client.
     *
     * @param client the client type
     * @param name the generated class, {@code XImmutableBodies} beside the client
     * @param bodies the immutable body types, each once
     */
    record Model(ClassName client, ClassName name, List<TypeMirror> bodies) {
    }

    private final Elements elements;
    private final Types types;
    private final ClientMethods methods;

    ClientBodies(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.methods = new ClientMethods(elements, new HandlerScanner(elements, types));
    }

    /** @return the client's model, or empty when none of its reads has an immutable body or no one would read it */
    Optional<Model> of(TypeElement client) {
        if (elements.getTypeElement(IMMUTABLE_BODIES) == null) {
            return Optional.empty();
        }
        List<TypeMirror> bodies = new ArrayList<>();
        for (ClientMethods.Site site : methods.of(client)) {
            if (site.nearest(HandlerScanner.VERSIONED) == null) {
                continue;
            }
            TypeMirror returned = ((ExecutableType) types.asMemberOf((DeclaredType) client.asType(), site.method()))
                    .getReturnType();
            TypeMirror body = bodyOf(returned);
            if (body != null && ImmutableTypes.isImmutable(body)
                    && bodies.stream().noneMatch(known -> types.isSameType(known, body))) {
                bodies.add(body);
            }
        }
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        ClassName clientName = ClassName.get(client);
        return Optional.of(new Model(clientName, ClassName.get(clientName.packageName(),
                String.join("_", clientName.simpleNames()) + "ImmutableBodies"), bodies));
    }

    /** @return the type the answer's body is decoded to, or null when a wrapper has no type argument */
    private TypeMirror bodyOf(TypeMirror returned) {
        TypeMirror body = returned;
        if (ASYNC.stream().anyMatch(wrapper -> isA(returned, wrapper))) {
            body = firstArgument(body);
        }
        if (body != null && isA(body, HTTP_RESPONSE)) {
            body = firstArgument(body);
        }
        if (body != null && isA(body, ClientMethodRules.TAGGED)) {
            body = firstArgument(body);
        }
        return body;
    }

    private boolean isA(TypeMirror type, String name) {
        TypeElement wrapper = elements.getTypeElement(name);
        return wrapper != null && type instanceof DeclaredType
                && types.isSubtype(types.erasure(type), types.erasure(wrapper.asType()));
    }

    private static TypeMirror firstArgument(TypeMirror type) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.isEmpty() ? null : arguments.get(0);
    }
}
