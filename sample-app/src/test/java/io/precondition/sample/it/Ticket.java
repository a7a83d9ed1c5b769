package io.precondition.sample.it;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

import java.time.Instant;

/**
 * A Micronaut Data entity written through reactive and async repositories: its tag is its id and its
 * {@code @Version}, which {@code update} checks in the WHERE clause.
 *
 * @param id the key in URLs
 * @param version bumped by every write
 * @param title the text
 * @param updatedAt the time of the last write
 */
@Serdeable
@MappedEntity("it_ticket")
public record Ticket(@Id @ETagSource String id,
                     @Version @ETagSource @Nullable Long version,
                     String title,
                     @DateUpdated @Nullable Instant updatedAt) {
}
