package io.precondition.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import java.util.List;

/**
 * Recognises a Kotlin {@code suspend fun} as javac sees it in kapt's stubs: {@code suspend fun get(slug: String):
 * Page?} is {@code Object get(String slug, Continuation<? super Page> $completion)}. Matched by name, so kotlin-stdlib
 * is not needed on the processor path.
 */
final class SuspendFunctions {

    static final String CONTINUATION = "kotlin.coroutines.Continuation";
    /** What a {@code suspend fun} without a declared value returns. */
    static final String UNIT = "kotlin.Unit";

    private SuspendFunctions() {
    }

    /** @return whether {@code method}'s last parameter is a {@code kotlin.coroutines.Continuation} */
    static boolean isSuspend(ExecutableElement method) {
        return continuationOf(method) != null;
    }

    /**
     * @return {@code T} of the trailing {@code Continuation<? super T>} (the value the suspend fun returns), or
     *     {@code null} when {@code method} is not a suspend fun or its continuation is raw
     */
    static TypeMirror valueTypeOf(ExecutableElement method) {
        DeclaredType continuation = continuationOf(method);
        if (continuation == null || continuation.getTypeArguments().size() != 1) {
            return null;
        }
        TypeMirror argument = continuation.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.WILDCARD) {
            return argument;
        }
        WildcardType wildcard = (WildcardType) argument;
        return wildcard.getSuperBound() != null ? wildcard.getSuperBound() : wildcard.getExtendsBound();
    }

    /** @return whether {@code parameter} is the continuation kapt adds to a suspend fun */
    static boolean isContinuation(VariableElement parameter) {
        return isContinuationType(parameter.asType());
    }

    /** @return how messages name a suspend fun's value: {@code "Page (suspend fun)"} */
    static String describe(TypeMirror value) {
        return (value == null ? "an unknown type" : value.toString()) + " (suspend fun)";
    }

    private static DeclaredType continuationOf(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty()) {
            return null;
        }
        TypeMirror last = parameters.get(parameters.size() - 1).asType();
        return isContinuationType(last) ? (DeclaredType) last : null;
    }

    private static boolean isContinuationType(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(CONTINUATION);
    }
}
