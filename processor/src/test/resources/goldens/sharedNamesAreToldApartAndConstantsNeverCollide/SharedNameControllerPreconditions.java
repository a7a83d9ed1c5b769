package test.names;

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
 * The conditional request handling (RFC 9110 §13) of {@link SharedNameController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = SharedNameController.class
)
public final class SharedNameControllerPreconditions implements HandlerBindings {
    private final SharedNameController controller;

    SharedNameControllerPreconditions(SharedNameController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return SharedNameController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup pageVersionLookup = Lookup.blocking(route -> controller.pageVersion(route.get("slug", String.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("SharedNameController.get(String)"), String.class)
                    .withLookup(pageVersionLookup, SharedNameControllerPreconditions::validatorsOfSharedNameControllerPage)
                    .withBody(SharedNameController.Page.class, SharedNameControllerPreconditions::validatorsOfSharedNameControllerPage),
                HandlerBinding.of("getPage", HandlerPolicy.read("SharedNameController.getPage"), String.class)
                    .withBody(SharedNameController.Page.class, SharedNameControllerPreconditions::validatorsOfSharedNameControllerPage),
                HandlerBinding.of("get_page", HandlerPolicy.read("SharedNameController.get_page"), String.class)
                    .withBody(SharedNameController.Page.class, SharedNameControllerPreconditions::validatorsOfSharedNameControllerPage));
    }

    private static Validators validatorsOfSharedNameControllerPage(
            SharedNameController.Page value) {
        return Validators.of(entityTagOfSharedNameControllerPage(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfSharedNameControllerPage(SharedNameController.Page value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
