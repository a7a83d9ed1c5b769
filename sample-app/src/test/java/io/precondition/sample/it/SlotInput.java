package io.precondition.sample.it;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of a slot write.
 *
 * @param owner an {@code it_owner} id, or one that does not exist
 * @param size may be negative
 * @param title may be missing or taken
 */
@Serdeable
public record SlotInput(@Nullable String owner, int size, @Nullable String title) {
}
