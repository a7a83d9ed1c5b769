package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.precondition.http.Conditionals;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.HandlerBinding;

/**
 * What Precondition knows of one request to a guarded handler, kept between its request and response phases in one
 * typed request attribute: the handler's binding, the parsed conditional header fields, the checked state handed to
 * the handler, whether a write skipped its lookup on an {@code If-Match} claim, and the lookup's validators of a read
 * whose body has none of its own.
 */
@Internal
public final class RequestState {

    private static final String ATTRIBUTE = RequestState.class.getName();

    private final HandlerBinding binding;
    private @Nullable Conditionals conditionals;
    private @Nullable CheckedState<?> checked;
    private boolean claimedByIfMatch;
    private @Nullable Validators lookedUp;

    private RequestState(HandlerBinding binding) {
        this.binding = binding;
    }

    /**
     * @param request a request routed to a guarded handler
     * @param binding its handler's binding
     * @return the request's new state
     */
    static RequestState start(HttpRequest<?> request, HandlerBinding binding) {
        RequestState state = new RequestState(binding);
        request.setAttribute(ATTRIBUTE, state);
        return state;
    }

    /**
     * @param request any request
     * @return its state, or {@code null} when it was not routed to a guarded handler (or Precondition is off)
     */
    public static @Nullable RequestState of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestState.class).orElse(null);
    }

    /** @return the handler's binding */
    HandlerBinding binding() {
        return binding;
    }

    /** @return the handler's name as outcomes report it, e.g. {@code "PageController.put"} */
    public String handler() {
        return binding.policy().handler();
    }

    @Nullable Conditionals conditionals() {
        return conditionals;
    }

    void conditionals(Conditionals parsed) {
        this.conditionals = parsed;
    }

    /** @return the state handed to the handler's {@code CheckedState} parameter, or {@code null} before the check */
    public @Nullable CheckedState<?> checkedState() {
        return checked;
    }

    /** @return whether this is a write whose preconditions passed and whose handler now writes against a state */
    public boolean isCheckedWrite() {
        return checked != null;
    }

    /** @return whether this is a checked write to an absent resource (a create, e.g. {@code If-None-Match: *}) */
    public boolean isCheckedCreate() {
        return checked != null && !checked.exists();
    }

    void check(@Nullable Object current, boolean claimed) {
        this.checked = CheckedState.of(current);
        this.claimedByIfMatch = claimed;
    }

    /** @return whether the write skipped its lookup: the state came from its single strong {@code If-Match} */
    public boolean claimedByIfMatch() {
        return claimedByIfMatch;
    }

    @Nullable Validators lookedUp() {
        return lookedUp;
    }

    void lookedUp(Validators validators) {
        this.lookedUp = validators;
    }
}
