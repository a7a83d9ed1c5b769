package io.precondition.sample.it;

import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

/**
 * A board's or a note's validators.
 *
 * @param id the key
 * @param version bumped by every write
 */
@Serdeable
public record BoardState(@ETagSource String id, @ETagSource long version) {
}
