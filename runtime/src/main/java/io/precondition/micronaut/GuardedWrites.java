package io.precondition.micronaut;

import io.micronaut.http.HttpRequest;

/** Tells whether a request is a write whose preconditions passed, so that a write conflict in it means 412. */
final class GuardedWrites {

    private GuardedWrites() {
    }

    static boolean isGuarded(HttpRequest<?> request) {
        return request.getAttributes().contains(ConditionalRequestSupport.CHECKED_STATE);
    }

    /** @return the name of the checked write's handler, e.g. {@code "PageController.put"} */
    static String handlerOf(HttpRequest<?> request) {
        return request.getAttribute(ConditionalRequestSupport.HANDLER, String.class).orElse("unknown");
    }
}
