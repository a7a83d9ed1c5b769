package io.precondition.micronaut.engine;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.precondition.micronaut.PreconditionConfiguration;
import io.precondition.micronaut.binding.HandlerBindings;
import org.reactivestreams.Publisher;

/**
 * The one server filter of Precondition: every request passes it once, whatever the number of annotated
 * controllers, and {@link PreconditionEngine} handles those routed to a guarded handler. It runs after
 * authentication and authorization ({@code precondition.filter-order}, by default just after
 * {@code ServerFilterPhase.SECURITY}), so a refused request never reaches a lookup (RFC 9110 §13.2.1). An application
 * without generated bindings (no annotated controller) has no such filter, so its requests pay nothing for the
 * library being on the class path.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Internal
@Requires(beans = HandlerBindings.class)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
public class PreconditionFilter implements Ordered {

    private final PreconditionEngine engine;
    private final int order;

    /**
     * @param engine the engine
     * @param configuration the settings, for the filter's order
     */
    public PreconditionFilter(PreconditionEngine engine, PreconditionConfiguration configuration) {
        this.engine = engine;
        this.order = configuration.getFilterOrder();
    }

    /**
     * @param request the request
     * @param continuation the rest of the chain
     * @return the response
     */
    @RequestFilter
    public Publisher<HttpResponse<?>> filter(HttpRequest<?> request,
                                             FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        return engine.filter(request, continuation);
    }

    @Override
    public int getOrder() {
        return order;
    }
}
