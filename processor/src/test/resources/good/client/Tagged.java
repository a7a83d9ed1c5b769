package io.precondition.client;

/**
 * Stands in for precondition-client's {@code Tagged<T>}, which the processor recognises by its name only (it does not
 * depend on precondition-client); the sample app's clients compile against the real one.
 */
public final class Tagged<T> {
}
