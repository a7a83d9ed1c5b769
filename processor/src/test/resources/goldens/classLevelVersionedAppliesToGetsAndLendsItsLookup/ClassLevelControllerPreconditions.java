package test.docs;

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
 * Conditional request handling (RFC 9110 §13) for {@link ClassLevelController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link ClassLevelController#read}: versioned read, lookup {@code revision}</li>
 * <li>{@link ClassLevelController#raw}: versioned read, lookup {@code revision}</li>
 * <li>{@link ClassLevelController#save}: conditional write, lookup {@code revision}</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = ClassLevelController.class,
        handlers = {"read", "raw", "save"}
)
@ServerFilter(
        patterns = {"/docs/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, ClassLevelController.class}
)
public final class ClassLevelControllerPreconditions implements Ordered {
    private static final HandlerPolicy READ_POLICY = HandlerPolicy.read("ClassLevelController.read");

    private static final HandlerPolicy RAW_POLICY = HandlerPolicy.read("ClassLevelController.raw");

    private static final HandlerPolicy SAVE_POLICY = HandlerPolicy.write("ClassLevelController.save", true, false);

    private final ClassLevelController controller;

    private final ConditionalRequestSupport support;

    ClassLevelControllerPreconditions(ClassLevelController controller,
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
        String handler = support.handlerOf(request, ClassLevelController.class);
        if (handler == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        switch (handler) {
            case "read": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            ClassLevelController.Doc current = controller.revision(support.pathVariable(request, "owner", String.class), support.pathVariable(request, "name", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfClassLevelControllerDoc(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, READ_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, READ_POLICY, failure));
            }
            case "raw": {
                if (support.isUnconditional(request)) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            ClassLevelController.Doc current = controller.revision(support.pathVariable(request, "owner", String.class), support.pathVariable(request, "name", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfClassLevelControllerDoc(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeRead(request, RAW_POLICY, validators));
                        }).exceptionally(failure -> support.lookupFailed(request, RAW_POLICY, failure));
            }
            case "save": {
                return support.<Optional<HttpResponse<?>>>runLookup(request, () -> {
                            ClassLevelController.Doc current = controller.revision(support.pathVariable(request, "owner", String.class), support.pathVariable(request, "name", String.class)).orElse(null);
                            Validators validators = current == null ? Validators.ABSENT : validatorsOfClassLevelControllerDoc(current);
                            return Optional.<HttpResponse<?>>ofNullable(support.beforeWrite(request, SAVE_POLICY, validators, current));
                        }).exceptionally(failure -> support.lookupFailed(request, SAVE_POLICY, failure));
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
        String handler = support.handlerOf(request, ClassLevelController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "read": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, READ_POLICY, body instanceof ClassLevelController.Doc value ? validatorsOfClassLevelControllerDoc(value) : null);
            }
            case "raw": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, RAW_POLICY, body instanceof ClassLevelController.Doc value ? validatorsOfClassLevelControllerDoc(value) : null);
            }
            case "save": {
                Object body = support.bodyOf(response);
                return support.afterWrite(request, response, SAVE_POLICY, body instanceof ClassLevelController.Doc value ? validatorsOfClassLevelControllerDoc(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfClassLevelControllerDoc(ClassLevelController.Doc value) {
        long lastModified = value.savedAt;
        return Validators.of(entityTagOfClassLevelControllerDoc(value), Instant.ofEpochMilli(lastModified));
    }

    @Nullable
    private static EntityTag entityTagOfClassLevelControllerDoc(ClassLevelController.Doc value) {
        String part0 = value.name;
        byte[] part1 = value.digest;
        if (part0 == null || part1 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
