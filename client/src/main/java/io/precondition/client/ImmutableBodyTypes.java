package io.precondition.client;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

/**
 * Every body type the processor found immutable ({@link ImmutableBodies}, one bean per client), compared by shape:
 * the class and, recursively, the type arguments (an {@code Argument}'s name and annotations do not count).
 */
@Singleton
final class ImmutableBodyTypes {

    private final List<Argument<?>> types = new ArrayList<>();

    ImmutableBodyTypes(List<ImmutableBodies> generated) {
        generated.forEach(bodies -> types.addAll(bodies.types()));
    }

    /** @return whether values decoded to this body type may be shared between callers */
    boolean contains(Argument<?> body) {
        return types.stream().anyMatch(type -> sameShape(type, body));
    }

    /** @return whether both are the same class with the same type arguments, recursively */
    static boolean sameShape(Argument<?> a, Argument<?> b) {
        if (a.getType() != b.getType()) {
            return false;
        }
        Argument<?>[] x = a.getTypeParameters();
        Argument<?>[] y = b.getTypeParameters();
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!sameShape(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }
}
