package test;

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
import test.one.Item;

/**
 * The conditional request handling (RFC 9110 §13) of {@link ItemController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = ItemController.class
)
public final class ItemControllerPreconditions implements HandlerBindings {
    private final ItemController controller;

    ItemControllerPreconditions(ItemController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return ItemController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup itemVersionLookup = Lookup.blocking(route -> controller.itemVersion(route.get("id", Long.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("ItemController.get"), long.class)
                    .withLookup(itemVersionLookup, ItemControllerPreconditions::validatorsOfItem)
                    .withBody(Item.class, ItemControllerPreconditions::validatorsOfTestOneItem));
    }

    private static Validators validatorsOfItem(test.two.Item value) {
        return Validators.of(entityTagOfItem(value), null);
    }

    private static Validators validatorsOfTestOneItem(Item value) {
        return Validators.of(entityTagOfTestOneItem(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfItem(test.two.Item value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfTestOneItem(Item value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
