package io.precondition.micronaut.engine;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Collects a handler's stream up to a number of elements ({@code precondition.max-stream-elements}), subscribing it
 * once. A stream that completes within the bound is handed over whole, to be validated; one that emits more is
 * handed over as the elements collected so far followed by the rest of the same subscription, which is requested
 * only as the response's writer asks for it, so that no more than the bound plus one element is ever held.
 */
final class BoundedStreamCollector extends BaseSubscriber<Object> {

    /**
     * What the collector found.
     *
     * @param elements every element of the stream when {@code whole}, else the first (bound + 1) elements
     * @param whole whether the stream completed within the bound
     * @param all when not {@code whole}: every element in order, the collected ones first, then the rest of the
     *     stream (subscribe it at most once); {@code null} when whole
     * @param collector the subscription, for {@link BoundedStreamCollector#cancel()} when the rest is not sent
     */
    record Collected(List<Object> elements, boolean whole, Flux<Object> all, BoundedStreamCollector collector) {
    }

    private final int maxElements;
    private final List<Object> elements = new ArrayList<>();
    private final CompletableFuture<Collected> result = new CompletableFuture<>();
    /** Only the stream's signals touch it, one at a time (Reactive Streams §1.3). */
    private boolean collecting = true;
    /** Set once the writer subscribes the rest; until then a terminal signal is kept in the two fields below. */
    private volatile FluxSink<Object> rest;
    private boolean completedEarly;
    private Throwable failedEarly;

    private BoundedStreamCollector(int maxElements) {
        this.maxElements = maxElements;
    }

    /**
     * @param stream the handler's stream
     * @param maxElements the most elements to collect (at least 0)
     * @return completes once the stream has completed or emitted more than {@code maxElements}; fails with the
     *     stream's error when it fails before either
     */
    static CompletionStage<Collected> collect(Publisher<?> stream, int maxElements) {
        BoundedStreamCollector collector = new BoundedStreamCollector(Math.max(0, maxElements));
        Flux.from(stream).subscribe(collector);
        return collector.result;
    }

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
        subscription.request(maxElements + 1L);
    }

    @Override
    protected void hookOnNext(Object value) {
        if (!collecting) {
            rest.next(value);
            return;
        }
        elements.add(value);
        if (elements.size() > maxElements) {
            collecting = false;
            List<Object> collected = List.copyOf(elements);
            elements.clear();
            Flux<Object> all = Flux.concat(Flux.fromIterable(collected), Flux.create(this::relay));
            result.complete(new Collected(collected, false, all, this));
        }
    }

    @Override
    protected void hookOnComplete() {
        if (collecting) {
            result.complete(new Collected(List.copyOf(elements), true, null, this));
            return;
        }
        FluxSink<Object> sink;
        synchronized (this) {
            sink = rest;
            completedEarly = sink == null;
        }
        if (sink != null) {
            sink.complete();
        }
    }

    @Override
    protected void hookOnError(Throwable error) {
        if (collecting) {
            result.completeExceptionally(error);
            return;
        }
        FluxSink<Object> sink;
        synchronized (this) {
            sink = rest;
            failedEarly = sink == null ? error : null;
        }
        if (sink != null) {
            sink.error(error);
        }
    }

    /**
     * The rest of the stream: upstream demand follows the writer's, and its cancellation cancels the stream. A
     * stream may end right after the element that crossed the bound, before the writer subscribes the rest (a
     * terminal signal needs no demand): that end is passed on here.
     */
    private void relay(FluxSink<Object> sink) {
        boolean completed;
        Throwable failed;
        synchronized (this) {
            rest = sink;
            completed = completedEarly;
            failed = failedEarly;
        }
        if (failed != null) {
            sink.error(failed);
        } else if (completed) {
            sink.complete();
        } else {
            sink.onCancel(this::cancel);
            sink.onRequest(this::request);
        }
    }
}
