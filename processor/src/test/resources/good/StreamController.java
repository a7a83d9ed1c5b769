package test.stream;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Streams of several values (Flux, Publisher, in HttpResponse) next to a @SingleResult Publisher and a Mono. */
@Controller("/notes")
public class StreamController {

    public record Note(@ETagSource String id, @ETagSource @Version long version, String text,
                       @DateUpdated Instant updatedAt) {
    }

    public record Notes(@ETagSource List<Note> notes) {
    }

    public Mono<Notes> allVersions() {
        return Mono.empty();
    }

    @Get
    @Versioned(lookup = "allVersions")
    public Flux<Note> all() {
        return Flux.empty();
    }

    @Get("/published")
    @Versioned
    public Publisher<Note> published() {
        return Flux.empty();
    }

    @Get("/answered")
    @Versioned
    public HttpResponse<Flux<Note>> answered() {
        return HttpResponse.ok(Flux.empty());
    }

    @Get("/later")
    @Versioned
    public CompletableFuture<HttpResponse<Publisher<Note>>> later() {
        return CompletableFuture.completedFuture(HttpResponse.ok(Flux.empty()));
    }

    @Get("/{id}")
    @Versioned
    @SingleResult
    public Publisher<Note> one(String id) {
        return Mono.empty();
    }

    @Get("/{id}/answer")
    @Versioned
    public HttpResponse<Mono<Note>> oneAnswered(String id) {
        return HttpResponse.ok(Mono.empty());
    }

    @Put
    @ConditionalWrite(lookup = "allVersions")
    public Flux<Note> replaceAll(List<Note> notes, CheckedState<Notes> state) {
        return Flux.empty();
    }
}
