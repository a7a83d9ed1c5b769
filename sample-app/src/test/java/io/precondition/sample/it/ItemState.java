package io.precondition.sample.it;

import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.LocalDateTime;

/** An item's validators, as its lookup returns them. */
public record ItemState(@ETagSource String id, @ETagSource long revision, @LastModified(zone = "UTC") LocalDateTime changed) {
}
