package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the annotations on one handler method ask for, fixed at compile time: part of the handler's
 * {@link HandlerBinding}.
 */
@Internal
public final class HandlerPolicy {

    private final String handler;
    private final boolean write;
    private final boolean requireGuard;
    private final boolean absentIsNotFound;
    private final @Nullable String cacheControl;
    private final List<String> vary;
    private final boolean validatorsFromLookup;

    private HandlerPolicy(String handler, boolean write, boolean requireGuard, boolean absentIsNotFound,
                          @Nullable String cacheControl, List<String> vary, boolean validatorsFromLookup) {
        this.handler = handler;
        this.write = write;
        this.requireGuard = requireGuard;
        this.absentIsNotFound = absentIsNotFound;
        this.cacheControl = cacheControl;
        this.vary = vary;
        this.validatorsFromLookup = validatorsFromLookup;
    }

    /**
     * A {@code @Versioned} GET handler: all four preconditions, 304 for a matching If-None-Match or an unmodified
     * If-Modified-Since.
     *
     * @param handler the handler's name, for messages, e.g. {@code "PageController.get"}
     * @return the policy
     */
    public static HandlerPolicy read(String handler) {
        return new HandlerPolicy(handler, false, false, true, null, List.of(), false);
    }

    /**
     * {@code @Versioned(cacheControl, vary)}: what the handler's 2xx and every 304 carry, also a 304 decided by the
     * lookup before the handler runs (RFC 9110 §15.4.5).
     *
     * @param cacheControl the Cache-Control field value, or {@code null} for {@code precondition.cache-control}
     * @param vary the Vary field names
     * @return the policy
     */
    public HandlerPolicy withCaching(@Nullable String cacheControl, String... vary) {
        return new HandlerPolicy(handler, write, requireGuard, absentIsNotFound, cacheControl, List.of(vary),
                validatorsFromLookup);
    }

    /**
     * A read whose body has no validators of its own (a {@code String}, {@code byte[]} or file): its lookup runs for
     * every request and the lookup's validators version the response.
     *
     * @return the policy
     */
    public HandlerPolicy withValidatorsFromLookup() {
        return new HandlerPolicy(handler, write, requireGuard, absentIsNotFound, cacheControl, vary, true);
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
        return new HandlerPolicy(handler, true, requireGuard, absentIsNotFound, null, List.of(), false);
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

    /** @return the declared Cache-Control of the handler's responses, or {@code null} for the configured one */
    public @Nullable String cacheControl() {
        return cacheControl;
    }

    /** @return the declared Vary field names of the handler's responses */
    public List<String> vary() {
        return vary;
    }

    /** @return whether the lookup's validators version the response, the body having none of its own */
    public boolean validatorsFromLookup() {
        return validatorsFromLookup;
    }

    @Override
    public String toString() {
        return (write ? "write " : "read ") + handler;
    }
}
