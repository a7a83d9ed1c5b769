package test.stream;

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
 * Conditional request handling (RFC 9110 §13) for {@link StreamController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link StreamController#all}: versioned read, lookup {@code allVersions}</li>
 * <li>{@link StreamController#published}: versioned read</li>
 * <li>{@link StreamController#answered}: versioned read</li>
 * <li>{@link StreamController#later}: versioned read</li>
 * <li>{@link StreamController#one}: versioned read</li>
 * <li>{@link StreamController#oneAnswered}: versioned read</li>
 * <li>{@link StreamController#replaceAll}: conditional write, lookup {@code allVersions}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = StreamController.class,
        handlers = {"all", "published", "answered", "later", "one", "oneAnswered", "replaceAll"}
)
@ServerFilter(
        patterns = {"/notes", "/notes/published", "/notes/answered", "/notes/later", "/notes/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, StreamController.class}
)
public final class StreamControllerPreconditions implements Ordered {
    private static final HandlerPolicy ALL_POLICY = HandlerPolicy.read("StreamController.all");

    private static final HandlerPolicy PUBLISHED_POLICY = HandlerPolicy.read("StreamController.published");

    private static final HandlerPolicy ANSWERED_POLICY = HandlerPolicy.read("StreamController.answered");

    private static final HandlerPolicy LATER_POLICY = HandlerPolicy.read("StreamController.later");

    private static final HandlerPolicy ONE_POLICY = HandlerPolicy.read("StreamController.one");

    private static final HandlerPolicy ONE_ANSWERED_POLICY = HandlerPolicy.read("StreamController.oneAnswered");

    private static final HandlerPolicy REPLACE_ALL_POLICY = HandlerPolicy.write("StreamController.replaceAll", true, false);

    private final StreamController controller;

    private final ConditionalRequestSupport support;

    StreamControllerPreconditions(StreamController controller, ConditionalRequestSupport support) {
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
        String handler = support.handlerOf(request, StreamController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "all": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return controller.allVersions().toFuture().thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfStreamControllerNotes(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, ALL_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, ALL_POLICY, failure));
            }
            case "replaceAll": {
                return controller.allVersions().toFuture().thenApply(current -> {
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfStreamControllerNotes(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, REPLACE_ALL_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, REPLACE_ALL_POLICY, failure));
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
        String handler = support.handlerOf(request, StreamController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(response);
        }
        switch (handler) {
            case "all": {
                return support.afterStream(request, response, ALL_POLICY, elements -> Validators.of(entityTagOfStreamControllerNoteList(elements), null));
            }
            case "published": {
                return support.afterStream(request, response, PUBLISHED_POLICY, elements -> Validators.of(entityTagOfStreamControllerNoteList(elements), null));
            }
            case "answered": {
                return support.afterStream(request, response, ANSWERED_POLICY, elements -> Validators.of(entityTagOfStreamControllerNoteList(elements), null));
            }
            case "later": {
                return support.afterStream(request, response, LATER_POLICY, elements -> Validators.of(entityTagOfStreamControllerNoteList(elements), null));
            }
            case "one": {
                Object body = support.bodyOf(response);
                return CompletableFuture.completedFuture(support.afterRead(request, response, ONE_POLICY, body instanceof StreamController.Note value ? validatorsOfStreamControllerNote(value) : null));
            }
            case "oneAnswered": {
                Object body = support.bodyOf(response);
                return CompletableFuture.completedFuture(support.afterRead(request, response, ONE_ANSWERED_POLICY, body instanceof StreamController.Note value ? validatorsOfStreamControllerNote(value) : null));
            }
            case "replaceAll": {
                return support.afterStream(request, response, REPLACE_ALL_POLICY, elements -> Validators.of(entityTagOfStreamControllerNoteList(elements), null));
            }
            default: {
                return CompletableFuture.completedFuture(response);
            }
        }
    }

    private static Validators validatorsOfStreamControllerNotes(StreamController.Notes value) {
        return Validators.of(entityTagOfStreamControllerNotes(value), null);
    }

    private static Validators validatorsOfStreamControllerNote(StreamController.Note value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfStreamControllerNote(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfStreamControllerNotes(StreamController.Notes value) {
        Iterable<?> elements = value.notes();
        return elements == null ? null : entityTagOfStreamControllerNoteList(elements);
    }

    @Nullable
    private static EntityTag entityTagOfStreamControllerNote(StreamController.Note value) {
        String part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static EntityTag entityTagOfStreamControllerNoteList(Iterable<?> elements) {
        List<EntityTag> tags = new ArrayList<>();
        for (Object element : elements) {
            EntityTag tag = entityTagOfStreamControllerNote((StreamController.Note) element);
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        return EntityTag.weakDigest(tags);
    }
}
