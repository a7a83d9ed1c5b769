package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * @param id always 1
 * @param modifiedAt the time of the latest write to any page, or {@code null} when none was ever written
 */
@MappedEntity("wiki_state")
public record WikiState(@Id Integer id, @Nullable Instant modifiedAt) {
}
