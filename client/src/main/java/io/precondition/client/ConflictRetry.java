package io.precondition.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Read-modify-write that survives concurrent writers, in the spirit of Kubernetes' {@code RetryOnConflict}: read (a
 * revalidating {@code @Versioned} read), apply the caller's change, write with the read's validators; on 412 read
 * again and re-apply, at most {@code precondition.client.retry-max-attempts} attempts in all, waiting a random time
 * in [0, b] before each retry (b doubling from {@code retry-initial-backoff} up to {@code retry-max-backoff}), then
 * give up with the last {@link PreconditionFailedException}. Any other failure ends at once.
 *
 * <pre>{@code
 * Tagged<Counter> after = retry.update(() -> counters.read(id), c -> c.plus(1), t -> counters.write(id, t));
 * }</pre>
 */
@Singleton
public final class ConflictRetry {

    private final PreconditionClientConfiguration configuration;
    private final ClientEvents events;

    ConflictRetry(PreconditionClientConfiguration configuration, ClientEvents events) {
        this.configuration = configuration;
        this.events = events;
    }

    /**
     * Blocking read-modify-write.
     *
     * @param read reads the current representation with its validators
     * @param change the change, applied to each value read (it may run several times)
     * @param write writes the changed value conditionally and returns what was written
     * @param <T> the representation's type
     * @return what the successful write returned
     * @throws PreconditionFailedException the last 412, when every attempt lost
     */
    public <T> Tagged<T> update(Supplier<Tagged<T>> read, UnaryOperator<T> change,
                                Function<Tagged<T>, Tagged<T>> write) {
        int attempts = Math.max(1, configuration.getRetryMaxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                return write.apply(read.get().map(change));
            } catch (PreconditionFailedException conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
            }
            events.record(ClientEvent.CONFLICT_RETRIED);
            pause(backoff(attempt));
        }
    }

    /**
     * Reactive read-modify-write; nothing happens until it is subscribed to.
     *
     * @param read reads the current representation with its validators
     * @param change the change, applied to each value read
     * @param write writes the changed value conditionally
     * @param <T> the representation's type
     * @return what the successful write returned, or the last 412
     */
    public <T> Mono<Tagged<T>> updateReactive(Supplier<? extends Publisher<Tagged<T>>> read, UnaryOperator<T> change,
                                              Function<Tagged<T>, ? extends Publisher<Tagged<T>>> write) {
        int attempts = Math.max(1, configuration.getRetryMaxAttempts());
        return Mono.defer(() -> Mono.from(read.get()).flatMap(current -> Mono.from(write.apply(current.map(change)))))
                .retryWhen(Retry.from(signals -> signals.concatMap(signal -> {
                    if (signal.failure() instanceof PreconditionFailedException
                            && signal.totalRetries() + 1 < attempts) {
                        events.record(ClientEvent.CONFLICT_RETRIED);
                        return Mono.delay(backoff((int) signal.totalRetries() + 1));
                    }
                    return Mono.error(signal.failure());
                })));
    }

    /** Full jitter: a random wait in [0, min(max, initial * 2^(attempt-1))]. */
    private Duration backoff(int attempt) {
        long initial = Math.max(0, configuration.getRetryInitialBackoff().toNanos());
        long ceiling = Math.max(0, configuration.getRetryMaxBackoff().toNanos());
        long bound = Math.min(initial, ceiling);
        for (int i = 1; i < attempt && bound < ceiling; i++) {
            bound = Math.min(ceiling, bound * 2);
        }
        return Duration.ofNanos(bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", e);
        }
    }
}
