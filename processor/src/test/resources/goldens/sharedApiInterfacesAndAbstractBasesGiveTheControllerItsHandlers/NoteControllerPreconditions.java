package test.api;

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
import java.util.List;
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
                HandlerBinding.of("get", HandlerPolicy.read("NoteController.get"), Long.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteApiNote)
                    .withBody(NoteApi.Note.class, NoteControllerPreconditions::validatorsOfNoteApiNote),
                HandlerBinding.of("raw", HandlerPolicy.read("NoteController.raw").withCaching("max-age=60"), Long.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteApiNote)
                    .withBody(NoteApi.Note.class, NoteControllerPreconditions::validatorsOfNoteApiNote),
                HandlerBinding.of("put", HandlerPolicy.write("NoteController.put", true, false), Long.class, String.class, String.class, CheckedState.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteApiNote)
                    .withBody(NoteApi.Note.class, NoteControllerPreconditions::validatorsOfNoteApiNote),
                HandlerBinding.of("delete", HandlerPolicy.write("NoteController.delete", true, true), Long.class, CheckedState.class)
                    .withLookup(noteVersionLookup, NoteControllerPreconditions::validatorsOfNoteApiNote));
    }

    private static Validators validatorsOfNoteApiNote(NoteApi.Note value) {
        return Validators.of(entityTagOfNoteApiNote(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfNoteApiNote(NoteApi.Note value) {
        Long part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
