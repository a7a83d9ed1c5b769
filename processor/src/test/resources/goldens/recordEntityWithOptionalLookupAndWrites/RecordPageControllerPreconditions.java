package test.pages;

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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link RecordPageController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link RecordPageController#get}: versioned read, lookup {@code pageVersion}</li>
 * <li>{@link RecordPageController#put}: conditional write, lookup {@code pageVersion}</li>
 * <li>{@link RecordPageController#patchTitle}: conditional write, lookup {@code pageVersion}</li>
 * <li>{@link RecordPageController#delete}: conditional write, lookup {@code pageVersion}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = RecordPageController.class,
        handlers = {"get", "put", "patchTitle", "delete"}
)
@ServerFilter(
        patterns = {"/pages/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, RecordPageController.class}
)
public final class RecordPageControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("RecordPageController.get");

    private static final HandlerPolicy PUT_POLICY = HandlerPolicy.write("RecordPageController.put", true, false);

    private static final HandlerPolicy PATCH_TITLE_POLICY = HandlerPolicy.write("RecordPageController.patchTitle", false, false);

    private static final HandlerPolicy DELETE_POLICY = HandlerPolicy.write("RecordPageController.delete", true, true);

    private final RecordPageController controller;

    private final ConditionalRequestSupport support;

    RecordPageControllerPreconditions(RecordPageController controller,
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
        String handler = support.handlerOf(request, RecordPageController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "get": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RecordPageController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRecordPageControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_POLICY, failure));
            }
            case "put": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RecordPageController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRecordPageControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUT_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PUT_POLICY, failure));
            }
            case "patchTitle": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RecordPageController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRecordPageControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PATCH_TITLE_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PATCH_TITLE_POLICY, failure));
            }
            case "delete": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RecordPageController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRecordPageControllerPageVersion(current);
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
        String handler = support.handlerOf(request, RecordPageController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof RecordPageController.Page value ? validatorsOfRecordPageControllerPage(value) : null);
            }
            case "put": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PUT_POLICY, body instanceof RecordPageController.Page value ? validatorsOfRecordPageControllerPage(value) : null);
            }
            case "patchTitle": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PATCH_TITLE_POLICY, body instanceof RecordPageController.Page value ? validatorsOfRecordPageControllerPage(value) : null);
            }
            case "delete": {
                return support.afterWrite(request, response, DELETE_POLICY, null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfRecordPageControllerPageVersion(
            RecordPageController.PageVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRecordPageControllerPageVersion(value), lastModified);
    }

    private static Validators validatorsOfRecordPageControllerPage(
            RecordPageController.Page value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRecordPageControllerPage(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfRecordPageControllerPageVersion(
            RecordPageController.PageVersion value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static EntityTag entityTagOfRecordPageControllerPage(RecordPageController.Page value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
