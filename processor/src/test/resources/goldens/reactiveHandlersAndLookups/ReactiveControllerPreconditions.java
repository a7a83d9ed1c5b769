package test.reactive;

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
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link ReactiveController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = ReactiveController.class
)
public final class ReactiveControllerPreconditions implements HandlerBindings {
    private final ReactiveController controller;

    ReactiveControllerPreconditions(ReactiveController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return ReactiveController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup noteVersionLookup = Lookup.publisher(route -> controller.noteVersion(route.get("id", String.class)));
        Lookup noteVersionLaterLookup = Lookup.stage(route -> controller.noteVersionLater(route.get("id", String.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("ReactiveController.get"), String.class)
                    .withLookup(noteVersionLookup, ReactiveControllerPreconditions::validatorsOfReactiveControllerNoteVersion)
                    .withBody(ReactiveController.Note.class, ReactiveControllerPreconditions::validatorsOfReactiveControllerNote),
                HandlerBinding.of("getLater", HandlerPolicy.read("ReactiveController.getLater"), String.class)
                    .withLookup(noteVersionLaterLookup, ReactiveControllerPreconditions::validatorsOfReactiveControllerNoteVersion)
                    .withBody(ReactiveController.Note.class, ReactiveControllerPreconditions::validatorsOfReactiveControllerNote),
                HandlerBinding.of("all", HandlerPolicy.read("ReactiveController.all"))
                    .withIterableBody(ReactiveController.Note.class, ReactiveControllerPreconditions::entityTagOfReactiveControllerNote),
                HandlerBinding.of("put", HandlerPolicy.write("ReactiveController.put", true, false), String.class, String.class, CheckedState.class)
                    .withLookup(noteVersionLookup, ReactiveControllerPreconditions::validatorsOfReactiveControllerNoteVersion)
                    .withBody(ReactiveController.Note.class, ReactiveControllerPreconditions::validatorsOfReactiveControllerNote));
    }

    private static Validators validatorsOfReactiveControllerNoteVersion(
            ReactiveController.NoteVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfReactiveControllerNoteVersion(value), lastModified);
    }

    private static Validators validatorsOfReactiveControllerNote(ReactiveController.Note value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfReactiveControllerNote(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfReactiveControllerNoteVersion(
            ReactiveController.NoteVersion value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfReactiveControllerNote(ReactiveController.Note value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }
}
