package io.precondition.bench;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of a PUT.
 *
 * @param title the new title
 * @param body the new text
 */
@Serdeable
public record PageInput(@Nullable String title, @Nullable String body) {
}
