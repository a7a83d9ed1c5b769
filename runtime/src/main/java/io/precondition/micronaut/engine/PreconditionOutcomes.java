package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.precondition.micronaut.PreconditionOutcomeListener;
import jakarta.inject.Singleton;

import java.util.List;

/** Passes each response that Precondition answers itself to every {@link PreconditionOutcomeListener} bean. */
@Singleton
@Internal
public class PreconditionOutcomes {

    private final List<PreconditionOutcomeListener> listeners;

    /**
     * @param listeners the listener beans (none is fine)
     */
    public PreconditionOutcomes(List<PreconditionOutcomeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * @param request the request
     * @param handler the handler's name, e.g. {@code "PageController.put"}
     * @param status the status answered
     */
    public void tell(HttpRequest<?> request, String handler, int status) {
        for (PreconditionOutcomeListener listener : listeners) {
            listener.onOutcome(request, handler, status);
        }
    }
}
