package test.placeholder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.ConditionalRequestSupport;
import io.precondition.micronaut.GeneratedFilter;
import io.precondition.micronaut.HandlerPolicy;
import javax.annotation.processing.Generated;

/**
 * Conditional request handling (RFC 9110 §13) for {@link PlaceholderController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link PlaceholderController#get}: versioned read</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = PlaceholderController.class,
        handlers = {"get"}
)
@ServerFilter(
        patterns = {"${app.base:/api}/pages/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, PlaceholderController.class}
)
public final class PlaceholderControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("PlaceholderController.get");

    private final PlaceholderController controller;

    private final ConditionalRequestSupport support;

    PlaceholderControllerPreconditions(PlaceholderController controller,
            ConditionalRequestSupport support) {
        this.controller = controller;
        this.support = support;
    }

    /**
     * Runs after authentication (RFC 9110 §13.2.1); see {@code precondition.filter-order}.
     */
    @Override
    public int getOrder() {
        return support.filterOrder();
    }

    /**
     * Evaluates the preconditions before the handler runs (and before a write's body is read).
     */
    @RequestFilter
    @Nullable
    public HttpResponse<?> beforeHandler(HttpRequest<?> request) {
        String handler = support.handlerOf(request, PlaceholderController.class);
        if (handler == null) {
            return null;
        }
        switch (handler) {
            default: {
                return null;
            }
        }
    }

    /**
     * Adds the validators of the returned value to the response, or answers 304 / 412 in its place.
     */
    @ResponseFilter
    public MutableHttpResponse<?> afterHandler(HttpRequest<?> request,
            MutableHttpResponse<?> response) {
        String handler = support.handlerOf(request, PlaceholderController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof PlaceholderController.Page value ? validatorsOfPlaceholderControllerPage(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfPlaceholderControllerPage(
            PlaceholderController.Page value) {
        return Validators.of(entityTagOfPlaceholderControllerPage(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfPlaceholderControllerPage(
            PlaceholderController.Page value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
