package test.ifmatch;

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
import io.precondition.http.EntityTagReader;
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
 * Conditional request handling (RFC 9110 §13) for {@link IfMatchController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link IfMatchController#put}: conditional write, lookup {@code docVersion}</li>
 * <li>{@link IfMatchController#increment}: conditional write, lookup {@code counterVersion}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = IfMatchController.class,
        handlers = {"put", "increment"}
)
@ServerFilter(
        patterns = {"/docs/**", "/docs/counters/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, IfMatchController.class}
)
public final class IfMatchControllerPreconditions implements Ordered {
    private static final HandlerPolicy PUT_POLICY = HandlerPolicy.write("IfMatchController.put", true, false);

    private static final HandlerPolicy INCREMENT_POLICY = HandlerPolicy.write("IfMatchController.increment", true, false);

    private final IfMatchController controller;

    private final ConditionalRequestSupport support;

    IfMatchControllerPreconditions(IfMatchController controller,
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
        String handler = support.handlerOf(request, IfMatchController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "put": {
                EntityTagReader claimed = support.ifMatchOnly(request);
                if (claimed != null) {
                    UUID claimed0 = claimed.nextUuid();
                    long claimed1 = claimed.nextLong();
                    String claimed2 = claimed.nextString();
                    if (claimed.atEnd()) {
                        return CompletableFuture.completedFuture(Optional.<HttpResponse<?>>ofNullable(support.proceedAsClaimed(request, PUT_POLICY, new IfMatchController.DocVersion(null, claimed0, claimed1, claimed2))));
                    }
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            IfMatchController.DocVersion current = controller.docVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfIfMatchControllerDocVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUT_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PUT_POLICY, failure));
            }
            case "increment": {
                EntityTagReader claimed = support.ifMatchOnly(request);
                if (claimed != null) {
                    int claimed0 = claimed.nextInt();
                    Long claimed1 = claimed.nextLong();
                    if (claimed.atEnd()) {
                        return CompletableFuture.completedFuture(Optional.<HttpResponse<?>>ofNullable(support.proceedAsClaimed(request, INCREMENT_POLICY, new IfMatchController.Counter(claimed0, claimed1))));
                    }
                }
                return controller.counterVersion(support.pathVariable(request, "name", String.class)).toFuture().thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfIfMatchControllerCounter(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, INCREMENT_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, INCREMENT_POLICY, failure));
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
    public CompletionStage<MutableHttpResponse<?>> afterHandler(HttpRequest<?> request,
            MutableHttpResponse<?> response) {
        String handler = support.handlerOf(request, IfMatchController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(response);
        }
        switch (handler) {
            case "put": {
                if (support.needsRecheck(request, response)) {
                    return support.<MutableHttpResponse<?>>runLookup(request, () -> {
                                IfMatchController.DocVersion current = controller.docVersion(support.pathVariable(request, "slug", String.class)).orElse(null);
                                Validators validators = current == null ? Validators.ABSENT : validatorsOfIfMatchControllerDocVersion(current);
                                return support.recheck(request, response, PUT_POLICY, validators);
                            }).exceptionally(failure -> support.recheckFailed(request, response, PUT_POLICY, failure));
                }
                Object body = support.bodyOf(response);
                return CompletableFuture.completedFuture(support.afterWrite(request, response, PUT_POLICY, body instanceof IfMatchController.Doc value ? validatorsOfIfMatchControllerDoc(value) : null));
            }
            case "increment": {
                if (support.needsRecheck(request, response)) {
                    return controller.counterVersion(support.pathVariable(request, "name", String.class)).toFuture().<MutableHttpResponse<?>>thenApply(current -> {
                                Validators validators = current == null ? Validators.ABSENT : validatorsOfIfMatchControllerCounter(current);
                                return support.recheck(request, response, INCREMENT_POLICY, validators);
                            }).exceptionally(failure -> support.recheckFailed(request, response, INCREMENT_POLICY, failure));
                }
                Object body = support.bodyOf(response);
                return CompletableFuture.completedFuture(support.afterWrite(request, response, INCREMENT_POLICY, body instanceof IfMatchController.Counter value ? validatorsOfIfMatchControllerCounter(value) : null));
            }
            default: {
                return CompletableFuture.completedFuture(response);
            }
        }
    }

    private static Validators validatorsOfIfMatchControllerDocVersion(
            IfMatchController.DocVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfIfMatchControllerDocVersion(value), lastModified);
    }

    private static Validators validatorsOfIfMatchControllerDoc(IfMatchController.Doc value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfIfMatchControllerDoc(value), lastModified);
    }

    private static Validators validatorsOfIfMatchControllerCounter(
            IfMatchController.Counter value) {
        return Validators.of(entityTagOfIfMatchControllerCounter(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerDocVersion(
            IfMatchController.DocVersion value) {
        UUID part0 = value.id();
        long part1 = value.version();
        String part2 = value.lang();
        if (part0 == null || part2 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).add(part2).strong();
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerDoc(IfMatchController.Doc value) {
        UUID part0 = value.id();
        long part1 = value.version();
        String part2 = value.lang();
        if (part0 == null || part2 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).add(part2).strong();
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerCounter(IfMatchController.Counter value) {
        int part0 = value.generation();
        Long part1 = value.count();
        if (part1 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
