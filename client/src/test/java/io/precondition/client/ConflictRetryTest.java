package io.precondition.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.precondition.http.EntityTag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Bounded read-modify-write: re-read and re-apply after each 412, give up with the last one. */
class ConflictRetryTest {

    private final List<ClientEvent> events = new ArrayList<>();

    private ConflictRetry retry(int attempts) {
        PreconditionClientConfiguration configuration = new PreconditionClientConfiguration();
        configuration.setRetryMaxAttempts(attempts);
        configuration.setRetryInitialBackoff(Duration.ofMillis(1));
        configuration.setRetryMaxBackoff(Duration.ofMillis(4));
        return new ConflictRetry(configuration, events::add);
    }

    private static PreconditionFailedException conflict() {
        return new PreconditionFailedException(HttpResponse.status(HttpStatus.PRECONDITION_FAILED), Problem.NONE);
    }

    @Test
    void reReadsAndReAppliesAfterEach412() {
        AtomicInteger stored = new AtomicInteger(10);
        AtomicInteger writes = new AtomicInteger();
        Tagged<Integer> result = retry(5).update(
                () -> Tagged.of(stored.get(), EntityTag.strong(stored.get()), null),
                n -> n + 1,
                changed -> {
                    if (writes.incrementAndGet() < 3) {
                        stored.addAndGet(100); // another writer won
                        throw conflict();
                    }
                    return changed;
                });
        assertEquals(211, result.value(), "the change was applied to the last value read");
        assertEquals(3, writes.get());
        assertEquals(List.of(ClientEvent.CONFLICT_RETRIED, ClientEvent.CONFLICT_RETRIED), events);
    }

    @Test
    void givesUpWithTheLast412AfterMaxAttempts() {
        AtomicInteger writes = new AtomicInteger();
        List<PreconditionFailedException> thrown = new ArrayList<>();
        PreconditionFailedException last = assertThrows(PreconditionFailedException.class, () -> retry(4).update(
                () -> Tagged.of(1, EntityTag.strong(1), null), n -> n,
                changed -> {
                    writes.incrementAndGet();
                    PreconditionFailedException e = conflict();
                    thrown.add(e);
                    throw e;
                }));
        assertEquals(4, writes.get());
        assertSame(thrown.get(3), last);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger writes = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> retry(4).update(
                () -> Tagged.of(1, null, null), n -> n, changed -> {
                    writes.incrementAndGet();
                    throw new IllegalStateException("503");
                }));
        assertEquals(1, writes.get());
    }

    @Test
    void reactiveRetriesLikeBlocking() {
        AtomicInteger writes = new AtomicInteger();
        Tagged<Integer> result = retry(5).updateReactive(() -> Mono.just(Tagged.of(1, EntityTag.strong(1), null)),
                n -> n + 1,
                changed -> Mono.defer(() -> writes.incrementAndGet() < 3 ? Mono.error(conflict())
                        : Mono.just(changed))).block(Duration.ofSeconds(10));
        assertEquals(2, result.value());
        assertEquals(3, writes.get());
        AtomicInteger failing = new AtomicInteger();
        assertThrows(PreconditionFailedException.class, () -> retry(3).updateReactive(
                () -> Mono.just(Tagged.of(1, EntityTag.strong(1), null)), n -> n,
                changed -> Mono.<Tagged<Integer>>defer(() -> {
                    failing.incrementAndGet();
                    return Mono.error(conflict());
                })).block(Duration.ofSeconds(10)));
        assertEquals(3, failing.get());
    }
}
