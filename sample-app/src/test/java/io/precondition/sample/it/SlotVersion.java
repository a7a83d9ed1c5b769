package io.precondition.sample.it;

import io.precondition.annotation.ETagSource;

/**
 * A slot's validators, as its lookup returns them.
 *
 * @param id the key
 * @param version the version the database holds
 */
public record SlotVersion(@ETagSource String id, @ETagSource long version) {
}
