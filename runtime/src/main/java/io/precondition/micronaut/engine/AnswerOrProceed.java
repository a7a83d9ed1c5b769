package io.precondition.micronaut.engine;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Joins a request phase whose answer may come later (a {@code Mono} or {@code CompletionStage} lookup, or a blocking
 * one handed to the route's executor) with the rest of the chain: a {@link Publisher} that always emits exactly one
 * response, the one that answers the request now (304, 404, 412, 428) or the handler's, from {@code proceed}.
 *
 * <p>Why not a {@code CompletionStage} completed with {@code null} or {@code Optional.empty()} to run the handler:
 * Micronaut 4.10 drops a request whose asynchronous request filter completes later with {@code null} (its
 * {@code ExecutionFlow.flatMap} skips null values; the client gets an empty 503), and {@code micronaut-http-validation},
 * which Micronaut Launch puts on every application's processor path, refuses
 * {@code CompletionStage<Optional<HttpResponse<?>>>} ("Unsupported filter return type: java.util.Optional"). An empty
 * {@code Publisher} is dropped the same way, so the publisher returned here is never empty.
 */
final class AnswerOrProceed {

    private AnswerOrProceed() {
    }

    /**
     * @param answer the response that answers the request before its handler runs, or empty to run it
     * @param proceed runs the rest of the chain (and the response phase)
     * @return one response
     */
    static Publisher<HttpResponse<?>> of(CompletionStage<Optional<HttpResponse<?>>> answer,
                                         Supplier<Publisher<HttpResponse<?>>> proceed) {
        CompletableFuture<Optional<HttpResponse<?>>> future = answer.toCompletableFuture();
        if (future.isDone() && !future.isCompletedExceptionally()) {
            Optional<HttpResponse<?>> now = future.join();
            // Decided without waiting (no lookup needed, or it did not block): no Reactor operator of ours.
            return now != null && now.isPresent() ? Publishers.just(now.get()) : proceed.get();
        }
        return Mono.fromCompletionStage(future)
                .flatMap(found -> found.<Mono<HttpResponse<?>>>map(Mono::just).orElseGet(Mono::empty))
                .switchIfEmpty(Mono.defer(() -> Mono.from(proceed.get())));
    }
}
