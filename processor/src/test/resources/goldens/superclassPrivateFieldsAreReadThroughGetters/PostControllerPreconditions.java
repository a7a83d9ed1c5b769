package test.posts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.ConditionalRequestSupport;
import io.precondition.micronaut.GeneratedFilter;
import io.precondition.micronaut.HandlerPolicy;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Conditional request handling (RFC 9110 §13) for {@link PostController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link PostController#get}: versioned read</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = PostController.class,
        handlers = {"get"}
)
@ServerFilter(
        patterns = {"/posts/**"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, PostController.class}
)
public final class PostControllerPreconditions implements Ordered {
    private static final HandlerPolicy GET_POLICY = HandlerPolicy.read("PostController.get");

    private final PostController controller;

    private final ConditionalRequestSupport support;

    PostControllerPreconditions(PostController controller, ConditionalRequestSupport support) {
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
     * Evaluates the preconditions before the handler runs (and before a write's body is read).
     */
    @RequestFilter
    @Nullable
    public HttpResponse<?> beforeHandler(HttpRequest<?> request) {
        String handler = support.handlerOf(request, PostController.class);
        if (handler == null) {
            return null;
        }
        switch (handler) {
            default: {
                return null;
            }
        }
    }

    /**
     * Adds the validators of the returned value to the response, or answers 304 / 412 in its place.
     */
    @ResponseFilter
    public MutableHttpResponse<?> afterHandler(HttpRequest<?> request,
            MutableHttpResponse<?> response) {
        String handler = support.handlerOf(request, PostController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "get": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, GET_POLICY, body instanceof PostController.Post value ? validatorsOfPostControllerPost(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfPostControllerPost(PostController.Post value) {
        Instant lastModified = value.getUpdated();
        return Validators.of(entityTagOfPostControllerPost(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfPostControllerPost(PostController.Post value) {
        Long part0 = value.getVersion();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).strong();
    }
}
