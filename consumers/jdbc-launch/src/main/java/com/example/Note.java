package com.example;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A note. Its validators are Micronaut Data's own annotations, which Precondition reads without any of its own:
 * {@code @Version} makes the ETag, {@code @DateUpdated} the Last-Modified.
 *
 * @param id the generated key
 * @param title the title
 * @param body the text
 * @param version bumped by every update ({@code UPDATE ... WHERE id = ? AND version = ?})
 * @param updatedAt the time of the last write
 */
@Serdeable
@MappedEntity("note")
public record Note(@Id @GeneratedValue @Nullable Long id, String title, String body,
                   @Version @Nullable Long version, @DateUpdated @Nullable Instant updatedAt) {
}
