package test.overloads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link OverloadedController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = OverloadedController.class
)
public final class OverloadedControllerPreconditions implements HandlerBindings {
    private final OverloadedController controller;

    OverloadedControllerPreconditions(OverloadedController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return OverloadedController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup latestLookup = Lookup.blocking(route -> controller.latest(route.get("slug", String.class)));
        Lookup revisionLookup = Lookup.blocking(route -> controller.revision(route.get("slug", String.class), route.get("revision", Integer.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("OverloadedController.get(String)").withCaching("max-age=60"), String.class)
                    .withLookup(latestLookup, OverloadedControllerPreconditions::validatorsOfOverloadedControllerPage)
                    .withBody(OverloadedController.Page.class, OverloadedControllerPreconditions::validatorsOfOverloadedControllerPage),
                HandlerBinding.of("get", HandlerPolicy.read("OverloadedController.get(String, int)").withCaching("max-age=31536000, immutable"), String.class, int.class)
                    .withLookup(revisionLookup, OverloadedControllerPreconditions::validatorsOfOverloadedControllerPage)
                    .withBody(OverloadedController.Page.class, OverloadedControllerPreconditions::validatorsOfOverloadedControllerPage));
    }

    private static Validators validatorsOfOverloadedControllerPage(
            OverloadedController.Page value) {
        return Validators.of(entityTagOfOverloadedControllerPage(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfOverloadedControllerPage(OverloadedController.Page value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
