package io.precondition.sample.reliability;

import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a network link of a given bandwidth, shared by every connection that crosses it: each chunk sent
 * waits until the link would have carried it (the link's clock advances by the chunk's transmission time). A token
 * bucket: a link idle for a while may send up to {@link #BURST} of transmission time at once, so that a thread woken
 * late does not lose link time (a park of 100 µs can last a millisecond on a busy machine). Latency is not modelled,
 * only bandwidth; used by {@link TcpProxy} on 127.0.0.1.
 */
public final class PacedLink {

    /** The transmission time a link may owe: its buffer, 2 ms (250 KB at 1 Gbit/s). */
    static final long BURST = 2_000_000L;

    private final long bytesPerSecond;
    private long freeAt = System.nanoTime();

    /** @param bitsPerSecond the link's bandwidth, e.g. 1_000_000_000 for 1 Gbit/s */
    public PacedLink(long bitsPerSecond) {
        if (bitsPerSecond < 8) {
            throw new IllegalArgumentException("bandwidth below one byte per second: " + bitsPerSecond);
        }
        this.bytesPerSecond = bitsPerSecond / 8;
    }

    /** Waits until the link has carried {@code bytes} more, after what it carries already. */
    void carry(int bytes) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            freeAt = Math.max(freeAt, now - BURST) + bytes * 1_000_000_000L / bytesPerSecond;
            wait = freeAt - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
