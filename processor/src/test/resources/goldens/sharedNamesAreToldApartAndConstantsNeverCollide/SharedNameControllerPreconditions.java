package test.names;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.AnswerOrProceed;
import io.precondition.micronaut.ConditionalRequestSupport;
import io.precondition.micronaut.GeneratedFilter;
import io.precondition.micronaut.HandlerPolicy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link SharedNameController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link SharedNameController#get}: versioned read, lookup {@code pageVersion}</li>
 * <li>{@link SharedNameController#getPage}: versioned read</li>
 * <li>{@link SharedNameController#get_page}: versioned read</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = SharedNameController.class,
        handlers = {"get", "getPage", "get_page"}
)
@ServerFilter(
        patterns = {"/pages/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, SharedNameController.class}
)
public final class SharedNameControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("SharedNameController.get(String)");

    private static final HandlerPolicy GET_PAGE_POLICY = HandlerPolicy.read("SharedNameController.getPage");

    private static final HandlerPolicy GET__PAGE_POLICY = HandlerPolicy.read("SharedNameController.get_page");

    private final SharedNameController controller;

    private final ConditionalRequestSupport support;

    SharedNameControllerPreconditions(SharedNameController controller,
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
     * Evaluates the preconditions before the handler runs (and before a write's body is read):
     * answers now, or proceeds with the rest of the chain once {@link #answerBeforeHandler} is known.
     */
    @RequestFilter
    public Publisher<HttpResponse<?>> beforeHandler(HttpRequest<?> request,
            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        return AnswerOrProceed.of(answerBeforeHandler(request), continuation);
    }

    /**
     * The response that answers the request before its handler runs, or empty to run the handler.
     */
    private CompletionStage<Optional<HttpResponse<?>>> answerBeforeHandler(HttpRequest<?> request) {
        String handler = support.handlerOf(request, SharedNameController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "get": {
                if (support.routedToParameters(request, String.class)) {
                    if (support.isUnconditional(request)) {
                        return CompletableFuture.completedFuture(Optional.empty());
                    }
                    return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                                SharedNameController.Page current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                                Validators validators = current == null ? Validators.ABSENT : validatorsOfSharedNameControllerPage(current);
                                return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY, validators));
                            }).exceptionally(failure -> support.lookupFailed(request, GET_POLICY, failure));
                }
                return CompletableFuture.completedFuture(Optional.empty());
            }
            default: {
                return CompletableFuture.completedFuture(Optional.empty());
            }
        }
    }

    /**
     * Adds the validators of the returned value to the response, or answers 304 / 412 in its place.
     */
    @ResponseFilter
    public MutableHttpResponse<?> afterHandler(HttpRequest<?> request,
            MutableHttpResponse<?> response) {
        String handler = support.handlerOf(request, SharedNameController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                if (support.routedToParameters(request, String.class)) {
                    Object body = support.bodyOf(response);
                    return support.afterRead(request, response, GET_POLICY, body instanceof SharedNameController.Page value ? validatorsOfSharedNameControllerPage(value) : null);
                }
                return response;
            }
            case "getPage": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_PAGE_POLICY, body instanceof SharedNameController.Page value ? validatorsOfSharedNameControllerPage(value) : null);
            }
            case "get_page": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET__PAGE_POLICY, body instanceof SharedNameController.Page value ? validatorsOfSharedNameControllerPage(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfSharedNameControllerPage(
            SharedNameController.Page value) {
        return Validators.of(entityTagOfSharedNameControllerPage(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfSharedNameControllerPage(SharedNameController.Page value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
