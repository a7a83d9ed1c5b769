package test.notes;

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
 * Conditional request handling (RFC 9110 §13) for {@link NoteController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link NoteController#get}: versioned read, lookup {@code noteVersion}</li>
 * <li>{@link NoteController#tagged}: versioned read</li>
 * <li>{@link NoteController#put}: conditional write, lookup {@code noteVersion}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = NoteController.class,
        handlers = {"get", "tagged", "put"}
)
@ServerFilter(
        patterns = {"/notes/**", "/notes/tagged/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, NoteController.class}
)
public final class NoteControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("NoteController.get");

    private static final HandlerPolicy TAGGED_POLICY = HandlerPolicy.read("NoteController.tagged");

    private static final HandlerPolicy PUT_POLICY = HandlerPolicy.write("NoteController.put", true, false);

    private final NoteController controller;

    private final ConditionalRequestSupport support;

    NoteControllerPreconditions(NoteController controller, ConditionalRequestSupport support) {
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
        String handler = support.handlerOf(request, NoteController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "get": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            NoteController.NoteVersion current = controller.noteVersion(support.pathVariable(request, "id", Long.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfNoteControllerNoteVersion(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, GET_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, GET_POLICY, failure));
            }
            case "put": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            NoteController.NoteVersion current = controller.noteVersion(support.pathVariable(request, "id", Long.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfNoteControllerNoteVersion(current);
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
        String handler = support.handlerOf(request, NoteController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof NoteController.Note value ? validatorsOfNoteControllerNote(value) : null);
            }
            case "tagged": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, TAGGED_POLICY, body instanceof NoteController.Tagged value ? validatorsOfNoteControllerTagged(value) : null);
            }
            case "put": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, PUT_POLICY, body instanceof NoteController.Note value ? validatorsOfNoteControllerNote(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfNoteControllerNoteVersion(
            NoteController.NoteVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfNoteControllerNoteVersion(value), lastModified);
    }

    private static Validators validatorsOfNoteControllerNote(NoteController.Note value) {
        Instant lastModified = value.getUpdatedAt();
        return Validators.of(entityTagOfNoteControllerNote(value), lastModified);
    }

    private static Validators validatorsOfNoteControllerTagged(NoteController.Tagged value) {
        return Validators.of(entityTagOfNoteControllerTagged(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerNoteVersion(
            NoteController.NoteVersion value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerNote(NoteController.Note value) {
        Long part0 = value.getVersion();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerTagged(NoteController.Tagged value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
