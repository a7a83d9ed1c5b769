package test.articles;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link PojoArticleController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = PojoArticleController.class
)
public final class PojoArticleControllerPreconditions implements HandlerBindings {
    private final PojoArticleController controller;

    PojoArticleControllerPreconditions(PojoArticleController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return PojoArticleController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup findLookup = Lookup.blocking(route -> controller.find(route.get("id", Long.class)));
        return List.of(
                HandlerBinding.of("show", HandlerPolicy.read("PojoArticleController.show"), long.class)
                    .withLookup(findLookup, PojoArticleControllerPreconditions::validatorsOfPojoArticleControllerArticle)
                    .withBody(PojoArticleController.Article.class, PojoArticleControllerPreconditions::validatorsOfPojoArticleControllerArticle),
                HandlerBinding.of("publish", HandlerPolicy.write("PojoArticleController.publish", true, false), long.class, CheckedState.class)
                    .withLookup(findLookup, PojoArticleControllerPreconditions::validatorsOfPojoArticleControllerArticle)
                    .withBody(PojoArticleController.Article.class, PojoArticleControllerPreconditions::validatorsOfPojoArticleControllerArticle));
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
