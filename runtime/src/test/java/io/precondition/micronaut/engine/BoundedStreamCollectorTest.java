package io.precondition.micronaut.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** {@link BoundedStreamCollector}: a stream collected up to a bound, subscribed once, the rest relayed on demand. */
class BoundedStreamCollectorTest {

    private static List<Object> ints(int from, int to) {
        return IntStream.range(from, to).boxed().map(Object.class::cast).toList();
    }

    private static BoundedStreamCollector.Collected collect(Flux<?> stream, int max) {
        return BoundedStreamCollector.collect(stream, max).toCompletableFuture().join();
    }

    @Test
    void streamWithinTheBoundIsWhole() {
        BoundedStreamCollector.Collected collected = collect(Flux.range(0, 3), 3);
        assertTrue(collected.whole());
        assertEquals(ints(0, 3), collected.elements());
        assertNull(collected.all());
        assertTrue(collect(Flux.empty(), 0).whole());
    }

    @Test
    void longerStreamIsSentWholeInOrderFromOneSubscriptionAndOnlyAsRequested() {
        AtomicInteger subscriptions = new AtomicInteger();
        List<Long> requests = new CopyOnWriteArrayList<>();
        Flux<Integer> stream = Flux.range(0, 100).doOnSubscribe(s -> subscriptions.incrementAndGet())
                .doOnRequest(requests::add);
        BoundedStreamCollector.Collected collected = collect(stream, 4);
        assertFalse(collected.whole());
        assertEquals(ints(0, 5), collected.elements(), "collected: the bound plus the element that crossed it");
        assertEquals(List.of(5L), requests, "nothing more is requested before the writer asks");
        assertEquals(ints(0, 100), collected.all().collectList().block(Duration.ofSeconds(10)));
        assertEquals(1, subscriptions.get(), "the stream ran twice");
    }

    @Test
    void streamThatEndsRightAfterTheBoundStillEnds() {
        // Flux.range completes right after the last requested element, before anyone subscribes the rest.
        BoundedStreamCollector.Collected collected = collect(Flux.range(0, 3), 2);
        assertFalse(collected.whole());
        assertEquals(ints(0, 3), collected.all().collectList().block(Duration.ofSeconds(10)));
    }

    @Test
    void failureBeforeTheBoundFailsTheStageAndAfterItTheStream() {
        Flux<Integer> early = Flux.range(0, 2).concatWith(Flux.error(new IllegalStateException("early")));
        CompletionException failed = assertThrows(CompletionException.class, () -> collect(early, 5));
        assertEquals("early", failed.getCause().getMessage());

        Flux<Integer> late = Flux.range(0, 5).concatWith(Flux.error(new IllegalStateException("late")));
        BoundedStreamCollector.Collected collected = collect(late, 2);
        List<Object> seen = new CopyOnWriteArrayList<>();
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> collected.all().doOnNext(seen::add).blockLast(Duration.ofSeconds(10)));
        assertEquals("late", error.getMessage());
        assertEquals(ints(0, 5), seen);
    }

    @Test
    void asynchronousStreamIsRelayedAndCancellingStopsIt() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Flux<Long> ticks = Flux.interval(Duration.ofMillis(1)).onBackpressureBuffer()
                .publishOn(Schedulers.parallel()).doOnCancel(() -> cancelled.set(true));
        BoundedStreamCollector.Collected collected = collect(ticks, 3);
        assertEquals(List.of(0L, 1L, 2L, 3L), collected.elements());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L),
                collected.all().take(8).collectList().block(Duration.ofSeconds(10)));
        assertTrue(cancelled.get(), "taking part of the rest cancels the stream");

        AtomicBoolean unsent = new AtomicBoolean();
        collect(Flux.range(0, 10).doOnCancel(() -> unsent.set(true)), 1).collector().cancel();
        assertTrue(unsent.get(), "a rest that is not sent is cancelled");
    }
}
