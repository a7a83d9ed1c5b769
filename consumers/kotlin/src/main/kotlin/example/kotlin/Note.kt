package example.kotlin

import io.micronaut.data.annotation.DateUpdated
import io.micronaut.data.annotation.GeneratedValue
import io.micronaut.data.annotation.Id
import io.micronaut.data.annotation.MappedEntity
import io.micronaut.data.annotation.Version
import io.micronaut.serde.annotation.Serdeable
import java.time.Instant

/**
 * A note: its version is the ETag, its update time the Last-Modified. `@field:` puts the annotations on the fields:
 * Micronaut Data's `@Version` may target a parameter, and on a constructor property without `@field:` it would land on
 * the constructor parameter only (Precondition then reports `[Precondition/NoValidators]` with that hint).
 */
@Serdeable
@MappedEntity
data class Note(
    @field:Id @field:GeneratedValue val id: Long? = null,
    @field:Version val version: Long? = null,
    val text: String,
    @field:DateUpdated val updatedAt: Instant? = null,
)

/** What a client sends to create or replace a note. */
@Serdeable
data class NoteInput(val text: String)
