package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A PUT body. Each member, when present, must be a JSON string ({@link JsonStringDeserializer}); its content is
 * checked by {@link PageContent} after the preconditions, not during binding.
 *
 * @param slug optional; must equal the path's slug when present
 * @param title the title
 * @param body the text
 */
@Serdeable
public record PageInput(
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) @Nullable String slug,
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) @Nullable String title,
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) @Nullable String body) {
}
