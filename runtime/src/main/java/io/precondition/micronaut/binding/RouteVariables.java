package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;

/** The route variables of the request being handled, converted as the handler's own parameters would be. */
@Internal
@FunctionalInterface
public interface RouteVariables {

    /**
     * @param name the variable, e.g. {@code "slug"} for {@code /pages/{slug}}
     * @param type the lookup parameter's type
     * @param <T> the type
     * @return the variable's value converted to {@code type}
     */
    <T> T get(String name, Class<T> type);
}
