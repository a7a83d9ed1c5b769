package io.precondition.benchplain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The page of bench-app, without the library's annotations. */
@Serdeable
@MappedEntity("page")
public record Page(
        @Id @JsonIgnore @Nullable UUID id,
        @Version @JsonIgnore @Nullable Long version,
        String slug,
        String title,
        String body,
        @DateUpdated @JsonIgnore @Nullable Instant updatedAt) {
}
