package io.precondition.micronaut;

/**
 * What the annotations on one handler method ask for, fixed at compile time. The generated filter keeps one
 * constant per handler and passes it to {@link ConditionalRequestSupport}.
 */
public final class HandlerPolicy {

    private final String handler;
    private final boolean write;
    private final boolean requireGuard;
    private final boolean absentIsNotFound;

    private HandlerPolicy(String handler, boolean write, boolean requireGuard, boolean absentIsNotFound) {
        this.handler = handler;
        this.write = write;
        this.requireGuard = requireGuard;
        this.absentIsNotFound = absentIsNotFound;
    }

    /**
     * A {@code @Versioned} GET handler: all four preconditions, 304 for a matching If-None-Match or an unmodified
     * If-Modified-Since.
     *
     * @param handler the handler's name, for messages, e.g. {@code "PageController.get"}
     * @return the policy
     */
    public static HandlerPolicy read(String handler) {
        return new HandlerPolicy(handler, false, false, true);
    }

    /**
     * A {@code @ConditionalWrite} handler.
     *
     * @param handler the handler's name, for messages
     * @param requireGuard whether a write without a guard gets 428 (RFC 6585 §3)
     * @param absentIsNotFound whether an absent resource gets 404 before the preconditions are evaluated
     * @return the policy
     */
    public static HandlerPolicy write(String handler, boolean requireGuard, boolean absentIsNotFound) {
        return new HandlerPolicy(handler, true, requireGuard, absentIsNotFound);
    }

    /** @return the handler's name, for messages */
    public String handler() {
        return handler;
    }

    /** @return whether the handler changes state (If-Modified-Since is ignored and a failed If-None-Match is 412) */
    public boolean isWrite() {
        return write;
    }

    /** @return whether a write without a guard gets 428 */
    public boolean requireGuard() {
        return requireGuard;
    }

    /** @return whether an absent resource gets 404 before the preconditions */
    public boolean absentIsNotFound() {
        return absentIsNotFound;
    }

    @Override
    public String toString() {
        return (write ? "write " : "read ") + handler;
    }
}
