package io.precondition.client;

/**
 * Thrown before sending a {@code @ConditionalWrite} request that the caller gave no precondition (no {@link Tagged}
 * body with validators, no {@code If-Match}, {@code If-Unmodified-Since} or {@code If-None-Match}): the client never
 * sends such a write, since a server that does not require a guard would apply it blindly.
 */
public final class MissingPreconditionException extends IllegalStateException {

    /** @param message which write and how to give it a precondition */
    public MissingPreconditionException(String message) {
        super(message);
    }
}
