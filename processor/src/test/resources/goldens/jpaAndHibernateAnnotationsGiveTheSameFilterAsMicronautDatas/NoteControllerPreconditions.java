package test.notes;

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
 * The conditional request handling (RFC 9110 §13) of {@link NoteController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = NoteController.class
)
public final class NoteControllerPreconditions implements HandlerBindings {
    private final NoteController controller;

    NoteControllerPreconditions(NoteController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return NoteController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup noteVersionLookup = Lookup.blocking(route -> controller.noteVersion(route.get("id", Long.class)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("NoteController.get"), long.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteControllerNoteVersion)
                    .withBody(NoteController.Note.class, NoteControllerPreconditions::validatorsOfNoteControllerNote),
                HandlerBinding.of("put", HandlerPolicy.write("NoteController.put", true, false), long.class, CheckedState.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteControllerNoteVersion)
                    .withBody(NoteController.Note.class, NoteControllerPreconditions::validatorsOfNoteControllerNote),
                HandlerBinding.of("tagged", HandlerPolicy.read("NoteController.tagged"), long.class)
                    .withBody(NoteController.Tagged.class, NoteControllerPreconditions::validatorsOfNoteControllerTagged));
    }

    private static Validators validatorsOfNoteControllerNoteVersion(
            NoteController.NoteVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfNoteControllerNoteVersion(value), lastModified);
    }

    private static Validators validatorsOfNoteControllerNote(NoteController.Note value) {
        Instant lastModified = value.getUpdatedAt();
        return Validators.of(entityTagOfNoteControllerNote(value), lastModified);
    }

    private static Validators validatorsOfNoteControllerTagged(NoteController.Tagged value) {
        return Validators.of(entityTagOfNoteControllerTagged(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerNoteVersion(
            NoteController.NoteVersion value) {
        long part0 = value.version();
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerNote(NoteController.Note value) {
        Long part0 = value.getVersion();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).strong();
    }

    @Nullable
    private static EntityTag entityTagOfNoteControllerTagged(NoteController.Tagged value) {
        UUID part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
