package test.pages;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link RecordPageController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = RecordPageController.class
)
public final class RecordPageControllerPreconditions implements HandlerBindings {
    private final RecordPageController controller;

    RecordPageControllerPreconditions(RecordPageController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return RecordPageController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup pageVersionLookup = Lookup.blocking(route -> controller.pageVersion(route.get("slug", String.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("RecordPageController.get"), String.class)
                    .withLookup(pageVersionLookup, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPageVersion)
                    .withBody(RecordPageController.Page.class, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPage),
                HandlerBinding.of("put", HandlerPolicy.write("RecordPageController.put", true, false), String.class, CheckedState.class)
                    .withLookup(pageVersionLookup, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPageVersion)
                    .withBody(RecordPageController.Page.class, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPage),
                HandlerBinding.of("patchTitle", HandlerPolicy.write("RecordPageController.patchTitle", false, false), String.class, CheckedState.class)
                    .withLookup(pageVersionLookup, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPageVersion)
                    .withBody(RecordPageController.Page.class, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPage),
                HandlerBinding.of("delete", HandlerPolicy.write("RecordPageController.delete", true, true), String.class)
                    .withLookup(pageVersionLookup, RecordPageControllerPreconditions::validatorsOfRecordPageControllerPageVersion));
    }

    private static Validators validatorsOfRecordPageControllerPageVersion(
            RecordPageController.PageVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRecordPageControllerPageVersion(value), lastModified);
    }

    private static Validators validatorsOfRecordPageControllerPage(
            RecordPageController.Page value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRecordPageControllerPage(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfRecordPageControllerPageVersion(
            RecordPageController.PageVersion value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static EntityTag entityTagOfRecordPageControllerPage(RecordPageController.Page value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
