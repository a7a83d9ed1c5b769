package io.precondition.sample.it;

import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.Instant;

/**
 * A ticket's validators, as its lookups return them.
 *
 * @param id the key
 * @param version the version the database holds
 * @param updatedAt the time of the last write
 */
public record TicketVersion(@ETagSource String id, @ETagSource long version, @LastModified Instant updatedAt) {

    static TicketVersion of(Ticket ticket) {
        return new TicketVersion(ticket.id(), ticket.version(), ticket.updatedAt());
    }
}
