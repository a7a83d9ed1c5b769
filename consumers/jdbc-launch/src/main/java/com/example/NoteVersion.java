package com.example;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A note's validators without its text: what the controller's lookup reads before a conditional request's handler.
 *
 * @param id the key
 * @param version the note's version
 * @param updatedAt the time of its last write
 */
@Introspected
public record NoteVersion(Long id, @Version Long version, @DateUpdated Instant updatedAt) {
}
