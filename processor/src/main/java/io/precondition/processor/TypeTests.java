package io.precondition.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.List;

/** Questions about types by qualified name, so that none of the named types is needed on the processor path. */
final class TypeTests {

    static final String CHECKED_STATE = "io.precondition.micronaut.CheckedState";
    static final String OPTIONAL = "java.util.Optional";

    private final Elements elements;
    private final Types types;

    TypeTests(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Whether the type is the declared type {@code qualifiedName} itself (any type arguments). */
    static boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /** Whether the declared type is assignable to {@code qualifiedName}, both erased. */
    boolean isSubtypeOf(TypeMirror type, String qualifiedName) {
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    boolean isSubtypeOfAny(TypeMirror type, List<String> qualifiedNames) {
        for (String name : qualifiedNames) {
            if (isSubtypeOf(type, name)) {
                return true;
            }
        }
        return false;
    }

    /** @return the one type argument of a declared type, else {@code null} */
    static TypeMirror singleTypeArgument(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 ? arguments.get(0) : null;
    }

    /** Whether the handler takes a {@code CheckedState}, with which it guards its write. */
    boolean takesCheckedState(ExecutableElement method) {
        for (VariableElement parameter : method.getParameters()) {
            if (isSubtypeOf(parameter.asType(), CHECKED_STATE)) {
                return true;
            }
        }
        return false;
    }

    /** E.g. {@code PageController.get()}: a method as messages name it. */
    static String nameOf(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
    }
}
