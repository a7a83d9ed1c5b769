package io.precondition.client;

import java.util.List;

import io.micronaut.core.type.Argument;

/**
 * Stands in for precondition-client's {@code ImmutableBodies}, which the generated classes implement (the processor
 * names it, it does not depend on precondition-client); the sample app's clients compile against the real one.
 */
public interface ImmutableBodies {

    List<Argument<?>> types();
}
