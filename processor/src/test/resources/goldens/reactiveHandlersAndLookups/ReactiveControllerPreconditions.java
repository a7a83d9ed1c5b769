package test.reactive;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;

/**
 * Conditional request handling (RFC 9110 §13) for {@link ReactiveController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link ReactiveController#get}: versioned read, lookup {@code noteVersion}</li>
 * <li>{@link ReactiveController#getLater}: versioned read, lookup {@code noteVersionLater}</li>
 * <li>{@link ReactiveController#all}: versioned read</li>
 * <li>{@link ReactiveController#put}: conditional write, lookup {@code noteVersion}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = ReactiveController.class,
        handlers = {"get", "getLater", "all", "put"}
)
@ServerFilter(
        patterns = {"/notes/**", "/notes"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, ReactiveController.class}
)
public final class ReactiveControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("ReactiveController.get");

    private static final HandlerPolicy GET_LATER_POLICY = HandlerPolicy.read("ReactiveController.getLater");

    private static final HandlerPolicy ALL_POLICY = HandlerPolicy.read("ReactiveController.all");

    private static final HandlerPolicy PUT_POLICY = HandlerPolicy.write("ReactiveController.put", true, false);

    private final ReactiveController controller;

    private final ConditionalRequestSupport support;

    ReactiveControllerPreconditions(ReactiveController controller,
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
        String handler = support.handlerOf(request, ReactiveController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "get": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return controller.noteVersion(support.pathVariable(request, "id", String.class)).toFuture().thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfReactiveControllerNoteVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_POLICY, failure));
            }
            case "getLater": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return controller.noteVersionLater(support.pathVariable(request, "id", String.class)).thenApply(found -> {
                            ReactiveController.NoteVersion current = found.orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfReactiveControllerNoteVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_LATER_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_LATER_POLICY, failure));
            }
            case "put": {
                return controller.noteVersion(support.pathVariable(request, "id", String.class)).toFuture().thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfReactiveControllerNoteVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, PUT_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, PUT_POLICY, failure));
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
        String handler = support.handlerOf(request, ReactiveController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof ReactiveController.Note value ? validatorsOfReactiveControllerNote(value) : null);
            }
            case "getLater": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_LATER_POLICY, body instanceof ReactiveController.Note value ? validatorsOfReactiveControllerNote(value) : null);
            }
            case "all": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, ALL_POLICY, body instanceof Iterable<?> elements ? Validators.of(entityTagOfReactiveControllerNoteList(elements), null) : null);
            }
            case "put": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PUT_POLICY, body instanceof ReactiveController.Note value ? validatorsOfReactiveControllerNote(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfReactiveControllerNoteVersion(
            ReactiveController.NoteVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfReactiveControllerNoteVersion(value), lastModified);
    }

    private static Validators validatorsOfReactiveControllerNote(ReactiveController.Note value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfReactiveControllerNote(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfReactiveControllerNoteVersion(
            ReactiveController.NoteVersion value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfReactiveControllerNote(ReactiveController.Note value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfReactiveControllerNoteList(Iterable<?> elements) {
        List<EntityTag> tags = new ArrayList<>();
        for (Object element : elements) {
            EntityTag tag = entityTagOfReactiveControllerNote((ReactiveController.Note) element);
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        return EntityTag.weakDigest(tags);
    }
}
