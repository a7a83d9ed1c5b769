package io.precondition.bench;

import io.micronaut.core.annotation.Introspected;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.Instant;
import java.util.UUID;

/** A page's validators without its content (the lookup's projection: no title, no body). */
@Introspected
public record PageVersion(@ETagSource UUID id, @ETagSource long version, @LastModified Instant updatedAt) {
}
