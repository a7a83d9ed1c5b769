package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import reactor.core.publisher.Mono;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Lookups that throw, one of each shape that runs on the event loop (a plain value, a {@code Mono}, a
 * {@code CompletionStage}), for {@link LookupFailureTest}. Each handler would answer 200.
 */
@Controller("/it/broken")
@Requires(property = "it.broken", value = "true")
public class BrokenLookupController {

    /** What every lookup here throws. */
    static final String MESSAGE = "the lookup broke";

    static Item sample(String id) {
        return new Item(id, 1, "sample", LocalDateTime.of(2020, 1, 1, 0, 0));
    }

    public Optional<ItemState> plainState(String id) {
        throw new IllegalStateException(MESSAGE);
    }

    public Mono<ItemState> monoState(String id) {
        return Mono.error(new IllegalStateException(MESSAGE));
    }

    public CompletionStage<Optional<ItemState>> stageState(String id) {
        return CompletableFuture.failedFuture(new IllegalStateException(MESSAGE));
    }

    @Get("/{id}/plain")
    @Versioned(lookup = "plainState")
    public Item plain(String id) {
        return sample(id);
    }

    @Get("/{id}/mono")
    @Versioned(lookup = "monoState")
    public Item mono(String id) {
        return sample(id);
    }

    @Get("/{id}/stage")
    @Versioned(lookup = "stageState")
    public Item stage(String id) {
        return sample(id);
    }
}
