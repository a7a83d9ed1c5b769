package io.precondition.sample.it;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-shot meeting point for a fixed number of writers that never blocks a thread: each {@link #arrive()} returns
 * a future that completes once all parties have arrived, so handlers on one event loop cannot deadlock. A party that
 * never comes fails the others after {@code patience} instead of hanging the test.
 */
final class WriterRendezvous {

    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private final CompletableFuture<Void> allArrived = new CompletableFuture<>();
    private final Duration patience;

    WriterRendezvous(int parties, Duration patience) {
        this.parties = parties;
        this.patience = patience;
    }

    CompletableFuture<Void> arrive() {
        if (arrived.incrementAndGet() == parties) {
            allArrived.complete(null);
        }
        return allArrived.copy().orTimeout(patience.toMillis(), TimeUnit.MILLISECONDS);
    }
}
