package io.precondition.security;

import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

/**
 * A stored document; its id and revision make its entity tag.
 *
 * @param id the key
 * @param revision 0 when created, one more on each replacement
 * @param text the content
 */
@Serdeable
public record Document(@ETagSource String id, @ETagSource long revision, String text) {
}
