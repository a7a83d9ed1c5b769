package io.precondition.client;

/** What the client half counts (see {@link ClientEvents}). */
enum ClientEvent {
    /** A response was stored (or replaced a stored one). */
    STORED,
    /** A read was answered from the store without a request (fresh, RFC 9111 §4.2). */
    FRESH_HIT,
    /** A conditional read got 304 and was answered from the store (§4.3.4). */
    REVALIDATED,
    /** A read went to the server with no usable stored response and got a full answer. */
    MISS,
    /** A stored response was removed after an unsafe request (§4.4) or a 412. */
    INVALIDATED,
    /** {@link ConflictRetry} read and wrote again after a 412. */
    CONFLICT_RETRIED;

    /** @return the tag value used for it in metrics, e.g. {@code fresh-hit} */
    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
