package io.precondition.micronaut;

/**
 * Recognises one persistence library's optimistic-lock failure: a versioned write whose expected version was no
 * longer the stored one, because another writer came first. When the handler of a checked write fails with such an
 * exception (directly or as a cause of the one it throws) and the application answers it with a 5xx, the generated
 * filter answers 412 instead, as for a precondition that no longer holds (RFC 9110 §13.1.1).
 *
 * <p>The library registers one for Micronaut Data, JPA and Hibernate, each only when that library is on the class
 * path; add a bean of your own for another.
 */
@FunctionalInterface
public interface WriteConflictRecognizer {

    /**
     * @param exception an exception or one of its causes (the caller walks the chain)
     * @return whether it is this library's optimistic-lock failure
     */
    boolean isWriteConflict(Throwable exception);
}
