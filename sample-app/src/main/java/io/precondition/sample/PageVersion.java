package io.precondition.sample;

import io.micronaut.core.annotation.Introspected;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.Instant;
import java.util.UUID;

/**
 * A page's validators without its content: what {@link PageController#pageVersion} reads with one small query, so
 * that a 304 or 412 never loads the body. Its tag parts match {@link Page}'s.
 *
 * @param id the page's random id
 * @param version the page's version
 * @param updatedAt the time of the page's last write
 */
@Introspected
public record PageVersion(@ETagSource UUID id, @ETagSource long version, @LastModified Instant updatedAt) {
}
