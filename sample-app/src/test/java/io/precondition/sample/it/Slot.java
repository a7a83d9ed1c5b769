package io.precondition.sample.it;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

/**
 * A row of {@code it_slot}, whose columns each carry a constraint that bad input can break (foreign key, CHECK,
 * NOT NULL, UNIQUE).
 *
 * @param id the key in URLs
 * @param version bumped by every write
 * @param owner an {@code it_owner} id
 * @param size at least 0
 * @param title unique, not null
 */
@Serdeable
@MappedEntity("it_slot")
public record Slot(@Id @ETagSource String id, @Version @ETagSource @Nullable Long version, @Nullable String owner,
                   int size, @Nullable String title) {
}
