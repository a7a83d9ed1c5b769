package test.stream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.ElementTags;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link StreamController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = StreamController.class
)
public final class StreamControllerPreconditions implements HandlerBindings {
    private final StreamController controller;

    StreamControllerPreconditions(StreamController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return StreamController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup allVersionsLookup = Lookup.publisher(route -> controller.allVersions());
        return List.of(
                HandlerBinding.of("all", HandlerPolicy.read("StreamController.all"))
                    .withLookup(allVersionsLookup, StreamControllerPreconditions::validatorsOfStreamControllerNotes)
                    .withStreamBody(StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote),
                HandlerBinding.of("published", HandlerPolicy.read("StreamController.published"))
                    .withStreamBody(StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote),
                HandlerBinding.of("answered", HandlerPolicy.read("StreamController.answered"))
                    .withStreamBody(StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote),
                HandlerBinding.of("later", HandlerPolicy.read("StreamController.later"))
                    .withStreamBody(StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote),
                HandlerBinding.of("one", HandlerPolicy.read("StreamController.one"), String.class)
                    .withBody(StreamController.Note.class, StreamControllerPreconditions::validatorsOfStreamControllerNote),
                HandlerBinding.of("oneAnswered", HandlerPolicy.read("StreamController.oneAnswered"), String.class)
                    .withBody(StreamController.Note.class, StreamControllerPreconditions::validatorsOfStreamControllerNote),
                HandlerBinding.of("replaceAll", HandlerPolicy.write("StreamController.replaceAll", true, false), List.class, CheckedState.class)
                    .withLookup(allVersionsLookup, StreamControllerPreconditions::validatorsOfStreamControllerNotes)
                    .withStreamBody(StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote));
    }

    private static Validators validatorsOfStreamControllerNotes(StreamController.Notes value) {
        return Validators.of(entityTagOfStreamControllerNotes(value), null);
    }

    private static Validators validatorsOfStreamControllerNote(StreamController.Note value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfStreamControllerNote(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfStreamControllerNotes(StreamController.Notes value) {
        Iterable<?> elements = value.notes();
        return elements == null ? null : ElementTags.weakDigest(elements, StreamController.Note.class, StreamControllerPreconditions::entityTagOfStreamControllerNote);
    }

    @Nullable
    private static EntityTag entityTagOfStreamControllerNote(StreamController.Note value) {
        String part0 = value.id();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
