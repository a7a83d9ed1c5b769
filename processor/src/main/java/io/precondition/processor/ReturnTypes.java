package io.precondition.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import java.util.List;

import static io.precondition.processor.TypeTests.OPTIONAL;
import static io.precondition.processor.TypeTests.isType;
import static io.precondition.processor.TypeTests.nameOf;
import static io.precondition.processor.TypeTests.singleTypeArgument;

/**
 * What a handler's or a lookup's return type delivers, unwrapped the way Micronaut resolves it: the body of a handler
 * ({@link #bodyOf}), and whether a type is asynchronous or opaque. Reports a return type whose body cannot be
 * validated on the method.
 */
final class ReturnTypes {

    /** Single-value asynchronous types: Micronaut resolves them before the response filter sees the body. */
    static final List<String> SINGLE_ASYNC_TYPES = List.of(
            "java.util.concurrent.CompletionStage", "reactor.core.publisher.Mono");
    static final String MONO = "reactor.core.publisher.Mono";
    static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
    /** Asynchronous types that are not supported: a blocking Future, a Kotlin Flow. */
    private static final List<String> UNSUPPORTED_ASYNC_TYPES = List.of(
            "java.util.concurrent.Future", "kotlinx.coroutines.flow.Flow");
    /** Several values (a {@code Flux}, any other {@code Publisher} but a {@code Mono}): the body is a stream. */
    private static final String PUBLISHER = "org.reactivestreams.Publisher";
    /** Micronaut resolves a {@code Publisher} so annotated as one value, like a {@code Mono}. */
    private static final String SINGLE_RESULT = "io.micronaut.core.async.annotation.SingleResult";
    private static final String HTTP_RESPONSE = "io.micronaut.http.HttpResponse";
    /**
     * Bodies with no properties to read validators from, written as they are (text, bytes, a file): with a lookup,
     * the lookup's validators version them.
     */
    private static final List<String> OPAQUE_BODIES = List.of("java.lang.CharSequence",
            "io.micronaut.http.server.types.files.FileCustomizableResponseType");

    private final TypeTests types;

    ReturnTypes(TypeTests types) {
        this.types = types;
    }

    /**
     * A handler's body as Micronaut sends it.
     *
     * @param type the body's type (for a stream: its elements' type), or {@code null} when it cannot be known
     * @param shape one value (possibly an {@code Iterable}, told apart later) or a stream
     */
    record Body(TypeMirror type, HandlerModel.BodyShape shape) {
    }

    /**
     * Unwraps a handler's return type the way Micronaut's {@code RouteExecutor} does: one single-value asynchronous
     * layer ({@code Mono}, {@code CompletionStage}, a {@code @SingleResult Publisher}, a {@code Publisher} of
     * {@code HttpResponse}), then {@code HttpResponse} (and a {@code Mono} inside it), then either a stream of several
     * values ({@code Flux}, {@code Publisher}) or {@code Optional}.
     *
     * @return the body, or {@code null} after reporting an unsupported type
     */
    Body bodyOf(ExecutableElement method, List<Problem> problems) {
        boolean suspend = SuspendFunctions.isSuspend(method);
        // A suspend fun's value is resolved by Micronaut like a Mono's: T of its trailing Continuation<? super T>.
        TypeMirror type = suspend ? SuspendFunctions.valueTypeOf(method) : method.getReturnType();
        boolean async = suspend || isSingleValued(method, type);
        if (async && !suspend) {
            type = singleTypeArgument(type);
        }
        if (type == null || type.getKind() == TypeKind.VOID || isType(type, SuspendFunctions.UNIT)) {
            return new Body(null, HandlerModel.BodyShape.VALUE);
        }
        boolean response = isType(type, HTTP_RESPONSE) || types.isSubtypeOf(type, HTTP_RESPONSE);
        if (response) {
            type = responseBodyOf(type);
            if (type == null) {
                return new Body(null, HandlerModel.BodyShape.VALUE);
            }
        }
        // A stream directly in a Mono or CompletionStage is not a documented Micronaut body: refused below.
        if (types.isSubtypeOf(type, PUBLISHER) && !types.isSubtypeOf(type, MONO) && (response || !async)) {
            return streamOf(method, type, problems);
        }
        if (isType(type, OPTIONAL)) {
            type = singleTypeArgument(type);
        }
        if (type != null && isAsync(type)) {
            problems.add(Problem.on(method, Messages.reactiveReturn(nameOf(method), returnedName(method))));
            return null;
        }
        return new Body(type, HandlerModel.BodyShape.VALUE);
    }

    /** @return the body type of an {@code HttpResponse} (a {@code Mono}'s value inside it), or {@code null} */
    private TypeMirror responseBodyOf(TypeMirror response) {
        TypeMirror type = singleTypeArgument(response);
        if (type != null && types.isSubtypeOf(type, MONO)) {
            type = singleTypeArgument(type);
        }
        if (type == null || (type.getKind() != TypeKind.DECLARED && !isOpaque(type))) {
            return null;
        }
        return type;
    }

    /** A stream of entities, or {@code null} after reporting a stream of anything else. */
    private Body streamOf(ExecutableElement method, TypeMirror stream, List<Problem> problems) {
        TypeMirror element = singleTypeArgument(stream);
        if (element == null || element.getKind() != TypeKind.DECLARED || isAsync(element)
                || isType(element, OPTIONAL)) {
            problems.add(Problem.on(method, Messages.reactiveReturn(nameOf(method), returnedName(method))));
            return null;
        }
        return new Body(element, HandlerModel.BodyShape.STREAM);
    }

    /** @return the return type as messages name it: a suspend fun's value type, marked as such */
    static String returnedName(ExecutableElement method) {
        return SuspendFunctions.isSuspend(method) ? SuspendFunctions.describe(SuspendFunctions.valueTypeOf(method))
                : method.getReturnType().toString();
    }

    /** Whether Micronaut resolves the returned value to one value before the response filters see it. */
    private boolean isSingleValued(ExecutableElement method, TypeMirror type) {
        if (types.isSubtypeOfAny(type, SINGLE_ASYNC_TYPES)) {
            return true;
        }
        if (!types.isSubtypeOf(type, PUBLISHER)) {
            return false;
        }
        TypeMirror argument = singleTypeArgument(type);
        return AnnotationValues.annotation(method, SINGLE_RESULT) != null || (argument != null
                && (isType(argument, HTTP_RESPONSE) || types.isSubtypeOf(argument, HTTP_RESPONSE)));
    }

    /** Whether the type delivers its value later: a publisher, a stage, a blocking Future, a Kotlin Flow. */
    boolean isAsync(TypeMirror type) {
        return types.isSubtypeOf(type, PUBLISHER) || types.isSubtypeOfAny(type, SINGLE_ASYNC_TYPES)
                || types.isSubtypeOfAny(type, UNSUPPORTED_ASYNC_TYPES);
    }

    /** Whether the body is text, bytes or a file: written as it is, with no properties to read validators from. */
    boolean isOpaque(TypeMirror body) {
        if (body.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) body).getComponentType().getKind() == TypeKind.BYTE;
        }
        return types.isSubtypeOfAny(body, OPAQUE_BODIES);
    }
}
