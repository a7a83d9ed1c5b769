package test.kotlin;

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
import io.precondition.micronaut.SuspendCalls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link SuspendController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link SuspendController#get}: versioned read, lookup {@code pageVersion}</li>
 * <li>{@link SuspendController#getResponse}: versioned read, lookup {@code pageOrEmpty}</li>
 * <li>{@link SuspendController#all}: versioned read</li>
 * <li>{@link SuspendController#put}: conditional write, lookup {@code pageVersion}</li>
 * <li>{@link SuspendController#delete}: conditional write, lookup {@code pageOrEmpty}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = SuspendController.class,
        handlers = {"get", "getResponse", "all", "put", "delete"}
)
@ServerFilter(
        patterns = {"/pages/**", "/pages"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, SuspendController.class}
)
public final class SuspendControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("SuspendController.get");

    private static final HandlerPolicy GET_RESPONSE_POLICY = HandlerPolicy.read("SuspendController.getResponse");

    private static final HandlerPolicy ALL_POLICY = HandlerPolicy.read("SuspendController.all");

    private static final HandlerPolicy PUT_POLICY = HandlerPolicy.write("SuspendController.put", true, false);

    private static final HandlerPolicy DELETE_POLICY = HandlerPolicy.write("SuspendController.delete", true, true);

    private final SuspendController controller;

    private final ConditionalRequestSupport support;

    SuspendControllerPreconditions(SuspendController controller,
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
        String handler = support.handlerOf(request, SuspendController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "get": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return SuspendCalls.<SuspendController.Page>call(continuation -> controller.pageVersion(support.pathVariable(request, "slug", String.class), continuation)).thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfSuspendControllerPage(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_POLICY, failure));
            }
            case "getResponse": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return SuspendCalls.<Optional<SuspendController.Page>>call(continuation -> controller.pageOrEmpty(support.pathVariable(request, "slug", String.class), continuation)).thenApply(found -> {
                            SuspendController.Page current = found.orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfSuspendControllerPage(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_RESPONSE_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_RESPONSE_POLICY, failure));
            }
            case "put": {
                return SuspendCalls.<SuspendController.Page>call(continuation -> controller.pageVersion(support.pathVariable(request, "slug", String.class), continuation)).thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfSuspendControllerPage(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUT_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PUT_POLICY, failure));
            }
            case "delete": {
                return SuspendCalls.<Optional<SuspendController.Page>>call(continuation -> controller.pageOrEmpty(support.pathVariable(request, "slug", String.class), continuation)).thenApply(found -> {
                            SuspendController.Page current = found.orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfSuspendControllerPage(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, DELETE_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, DELETE_POLICY, failure));
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
        String handler = support.handlerOf(request, SuspendController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof SuspendController.Page value ? validatorsOfSuspendControllerPage(value) : null);
            }
            case "getResponse": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_RESPONSE_POLICY, body instanceof SuspendController.Page value ? validatorsOfSuspendControllerPage(value) : null);
            }
            case "all": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, ALL_POLICY, body instanceof Iterable<?> elements ? Validators.of(entityTagOfSuspendControllerPageList(elements), null) : null);
            }
            case "put": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PUT_POLICY, body instanceof SuspendController.Page value ? validatorsOfSuspendControllerPage(value) : null);
            }
            case "delete": {
                return support.afterWrite(request, response, DELETE_POLICY, null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfSuspendControllerPage(SuspendController.Page value) {
        Instant lastModified = value.getUpdatedAt();
        return Validators.of(entityTagOfSuspendControllerPage(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfSuspendControllerPage(SuspendController.Page value) {
        long part0 = value.getVersion();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfSuspendControllerPageList(Iterable<?> elements) {
        List<EntityTag> tags = new ArrayList<>();
        for (Object element : elements) {
            EntityTag tag = entityTagOfSuspendControllerPage((SuspendController.Page) element);
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        return EntityTag.weakDigest(tags);
    }
}
