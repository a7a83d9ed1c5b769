package io.precondition.security;

import io.precondition.annotation.ETagSource;

/**
 * A document's validators, as the lookup returns them (the same tag parts as {@link Document}).
 *
 * @param id the key
 * @param revision the revision
 */
public record DocumentVersion(@ETagSource String id, @ETagSource long revision) {
}
