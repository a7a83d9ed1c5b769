package io.precondition.client;

/** Where the client half reports {@link ClientEvent}s: Micrometer counters when present, else nowhere. */
interface ClientEvents {

    /** @param event what happened */
    void record(ClientEvent event);
}
