package io.precondition.micronaut;

import io.micronaut.http.HttpRequest;

/** Tells whether a request is a write whose preconditions passed, so that a write conflict in it means 412. */
final class GuardedWrites {

    private GuardedWrites() {
    }

    static boolean isGuarded(HttpRequest<?> request) {
        return request.getAttributes().contains(ConditionalRequestSupport.CHECKED_STATE);
    }

    /** @return whether the request is a checked write against an absent resource (a create, e.g. If-None-Match: *) */
    static boolean isCheckedCreate(HttpRequest<?> request) {
        return request.getAttribute(ConditionalRequestSupport.CHECKED_STATE, CheckedState.class)
                .map(state -> !state.exists()).orElse(false);
    }
}
