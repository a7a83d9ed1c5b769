package test.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.ElementTags;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link CollectionController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = CollectionController.class
)
public final class CollectionControllerPreconditions implements HandlerBindings {
    private final CollectionController controller;

    CollectionControllerPreconditions(CollectionController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return CollectionController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("all", HandlerPolicy.read("CollectionController.all"))
                    .withIterableBody(CollectionController.Item.class, CollectionControllerPreconditions::entityTagOfCollectionControllerItem),
                HandlerBinding.of("paged", HandlerPolicy.read("CollectionController.paged"))
                    .withIterableBody(CollectionController.Item.class, CollectionControllerPreconditions::entityTagOfCollectionControllerItem),
                HandlerBinding.of("catalogue", HandlerPolicy.read("CollectionController.catalogue"))
                    .withBody(CollectionController.Catalogue.class, CollectionControllerPreconditions::validatorsOfCollectionControllerCatalogue));
    }

    private static Validators validatorsOfCollectionControllerCatalogue(
            CollectionController.Catalogue value) {
        OffsetDateTime lastModified = value.generatedAt();
        return Validators.of(entityTagOfCollectionControllerCatalogue(value), lastModified == null ? null : lastModified.toInstant());
    }

    @Nullable
    private static EntityTag entityTagOfCollectionControllerItem(CollectionController.Item value) {
        long part0 = value.id();
        int part1 = value.revision();
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static EntityTag entityTagOfCollectionControllerCatalogue(
            CollectionController.Catalogue value) {
        Iterable<?> elements = value.items();
        return elements == null ? null : ElementTags.weakDigest(elements, CollectionController.Item.class, CollectionControllerPreconditions::entityTagOfCollectionControllerItem);
    }
}
