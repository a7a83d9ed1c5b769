package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A PUT body. Every member is a JSON string: a number, boolean, array, object or {@code null} in its place is 400,
 * never converted ({@link JsonStringDeserializer}). The content is checked after the preconditions.
 *
 * @param slug optional; when present, it must equal the path's slug
 * @param title required: 1 to 200 Unicode code points, not blank
 * @param body required: at most 1 MiB of UTF-8 (larger: 413); may be empty
 */
@Serdeable
public record PageInput(
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) @Schema(nullable = false) @Nullable
        String slug,
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) String title,
        @Serdeable.Deserializable(using = JsonStringDeserializer.class) String body) {
}
