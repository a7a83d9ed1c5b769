package test.rendered;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link RenderedController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link RenderedController#html}: versioned read, lookup {@code pageVersion}</li>
 * <li>{@link RenderedController#bytes}: versioned read, lookup {@code pageVersion}</li>
 * <li>{@link RenderedController#file}: versioned read, lookup {@code pageVersion}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = RenderedController.class,
        handlers = {"html", "bytes", "file"}
)
@ServerFilter(
        patterns = {"/rendered/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, RenderedController.class}
)
public final class RenderedControllerPreconditions implements Ordered {
    private static final HandlerPolicy HTML_POLICY = HandlerPolicy.read("RenderedController.html").withCaching("max-age=60", "Accept-Language").withValidatorsFromLookup();

    private static final HandlerPolicy BYTES_POLICY = HandlerPolicy.read("RenderedController.bytes").withCaching(null, "Accept-Language").withValidatorsFromLookup();

    private static final HandlerPolicy FILE_POLICY = HandlerPolicy.read("RenderedController.file").withCaching("private, max-age=5", "Accept-Language", "Cookie").withValidatorsFromLookup();

    private final RenderedController controller;

    private final ConditionalRequestSupport support;

    RenderedControllerPreconditions(RenderedController controller,
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
        String handler = support.handlerOf(request, RenderedController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "html": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RenderedController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRenderedControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, HTML_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, HTML_POLICY, failure));
            }
            case "bytes": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RenderedController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRenderedControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, BYTES_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, BYTES_POLICY, failure));
            }
            case "file": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            RenderedController.PageVersion current = controller.pageVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfRenderedControllerPageVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, FILE_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, FILE_POLICY, failure));
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
        String handler = support.handlerOf(request, RenderedController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "html": {
                return support.afterRead(request, response, HTML_POLICY, null);
            }
            case "bytes": {
                return support.afterRead(request, response, BYTES_POLICY, null);
            }
            case "file": {
                return support.afterRead(request, response, FILE_POLICY, null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfRenderedControllerPageVersion(
            RenderedController.PageVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRenderedControllerPageVersion(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfRenderedControllerPageVersion(
            RenderedController.PageVersion value) {
        String part0 = value.slug();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
