package test.posts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link PostController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = PostController.class
)
public final class PostControllerPreconditions implements HandlerBindings {
    private final PostController controller;

    PostControllerPreconditions(PostController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return PostController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("PostController.get"), long.class)
                    .withBody(PostController.Post.class, PostControllerPreconditions::validatorsOfPostControllerPost));
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
