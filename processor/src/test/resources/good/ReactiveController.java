package test.reactive;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Mono and CompletableFuture handlers with Mono and CompletionStage lookups: no blocking on the event loop. */
@Controller("/notes")
public class ReactiveController {

    public record Note(String id, @Version long version, String text, @DateUpdated Instant updatedAt) {
    }

    public record NoteVersion(@Version long version, @DateUpdated Instant updatedAt) {
    }

    public Mono<NoteVersion> noteVersion(String id) {
        return Mono.empty();
    }

    public CompletionStage<Optional<NoteVersion>> noteVersionLater(String id) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Get("/{id}")
    @Versioned(lookup = "noteVersion")
    public Mono<Note> get(String id) {
        return Mono.empty();
    }

    @Get("/{id}/later")
    @Versioned(lookup = "noteVersionLater")
    public CompletableFuture<HttpResponse<Note>> getLater(String id) {
        return CompletableFuture.completedFuture(HttpResponse.notFound());
    }

    @Get
    @Versioned
    public Mono<List<Note>> all() {
        return Mono.just(List.of());
    }

    @Put("/{id}")
    @ConditionalWrite(lookup = "noteVersion")
    public Mono<Note> put(String id, String text, CheckedState<NoteVersion> state) {
        return Mono.empty();
    }
}
