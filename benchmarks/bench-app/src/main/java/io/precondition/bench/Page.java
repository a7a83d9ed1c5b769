package io.precondition.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

import java.time.Instant;
import java.util.UUID;

/** The sample wiki's page, as in sample-app: tag = random id + version, Last-Modified = {@code @DateUpdated}. */
@Serdeable
@MappedEntity("page")
public record Page(
        @Id @ETagSource @JsonIgnore @Nullable UUID id,
        @Version @ETagSource @JsonIgnore @Nullable Long version,
        String slug,
        String title,
        String body,
        @DateUpdated @JsonIgnore @Nullable Instant updatedAt) {
}
