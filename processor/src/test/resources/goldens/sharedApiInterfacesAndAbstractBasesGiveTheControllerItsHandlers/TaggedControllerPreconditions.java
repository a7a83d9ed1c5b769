package test.api;

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
 * The conditional request handling (RFC 9110 §13) of {@link TaggedController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = TaggedController.class
)
public final class TaggedControllerPreconditions implements HandlerBindings {
    private final TaggedController controller;

    TaggedControllerPreconditions(TaggedController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return TaggedController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("show", HandlerPolicy.read("TaggedController.show"), Long.class)
                    .withBody(NoteApi.Note.class, TaggedControllerPreconditions::validatorsOfNoteApiNote));
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
