package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A PUT body. The fields are checked by {@link PageContent} after the preconditions, not during binding.
 *
 * @param slug optional; must equal the path's slug when present
 * @param title the title
 * @param body the text
 */
@Serdeable
public record PageInput(@Nullable String slug, @Nullable String title, @Nullable String body) {
}
