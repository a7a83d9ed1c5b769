package test.placeholder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import jakarta.inject.Singleton;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link PlaceholderController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = PlaceholderController.class
)
public final class PlaceholderControllerPreconditions implements HandlerBindings {
    private final PlaceholderController controller;

    PlaceholderControllerPreconditions(PlaceholderController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return PlaceholderController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("PlaceholderController.get"), String.class)
                    .withBody(PlaceholderController.Page.class, PlaceholderControllerPreconditions::validatorsOfPlaceholderControllerPage));
    }

    private static Validators validatorsOfPlaceholderControllerPage(
            PlaceholderController.Page value) {
        return Validators.of(entityTagOfPlaceholderControllerPage(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfPlaceholderControllerPage(
            PlaceholderController.Page value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
