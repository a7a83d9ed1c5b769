package example.r2dbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A note: Micronaut Data's {@code @Version} is the ETag, {@code @DateUpdated} the Last-Modified. */
@MappedEntity
@Serdeable
public record Note(@Id @GeneratedValue @Nullable Long id,
                   @Version @Nullable Long version,
                   @DateUpdated @Nullable Instant updatedAt,
                   String text) {

    /** @return this note with another text, in the same (checked) version */
    Note withText(String newText) {
        return new Note(id, version, updatedAt, newText);
    }
}
