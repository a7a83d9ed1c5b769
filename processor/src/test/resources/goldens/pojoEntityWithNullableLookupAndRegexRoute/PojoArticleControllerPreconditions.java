package test.articles;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link PojoArticleController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link PojoArticleController#show}: versioned read, lookup {@code find}</li>
 * <li>{@link PojoArticleController#publish}: conditional write, lookup {@code find}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = PojoArticleController.class,
        handlers = {"show", "publish"}
)
@ServerFilter(
        patterns = {"/articles/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, PojoArticleController.class}
)
public final class PojoArticleControllerPreconditions implements Ordered {
    private static final HandlerPolicy SHOW_POLICY = HandlerPolicy.read("PojoArticleController.show");

    private static final HandlerPolicy PUBLISH_POLICY = HandlerPolicy.write("PojoArticleController.publish", true, false);

    private final PojoArticleController controller;

    private final ConditionalRequestSupport support;

    PojoArticleControllerPreconditions(PojoArticleController controller,
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
        String handler = support.handlerOf(request, PojoArticleController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "show": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            PojoArticleController.Article current = controller.find(support.pathVariable(request, "id", Long.class));
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfPojoArticleControllerArticle(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, SHOW_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, SHOW_POLICY, failure));
            }
            case "publish": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            PojoArticleController.Article current = controller.find(support.pathVariable(request, "id", Long.class));
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfPojoArticleControllerArticle(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUBLISH_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PUBLISH_POLICY, failure));
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
        String handler = support.handlerOf(request, PojoArticleController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "show": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, SHOW_POLICY, body instanceof PojoArticleController.Article value ? validatorsOfPojoArticleControllerArticle(value) : null);
            }
            case "publish": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PUBLISH_POLICY, body instanceof PojoArticleController.Article value ? validatorsOfPojoArticleControllerArticle(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfPojoArticleControllerArticle(
            PojoArticleController.Article value) {
        LocalDateTime lastModified = value.getUpdated();
        return Validators.of(entityTagOfPojoArticleControllerArticle(value), lastModified == null ? null : lastModified.atZone(ZoneId.systemDefault()).toInstant());
    }

    @Nullable
    private static EntityTag entityTagOfPojoArticleControllerArticle(
            PojoArticleController.Article value) {
        Long part0 = value.getVersion();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).strong();
    }
}
