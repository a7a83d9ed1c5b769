package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A non-blocking controller: Mono and CompletableFuture handlers and lookups, on the event loop. */
@Controller("/it/notes")
@Requires(property = "it.items", value = "true")
public class NoteController {

    @Serdeable
    public record Note(@ETagSource String id, @ETagSource long revision, String text, @LastModified Instant changed) {
    }

    public record NoteVersion(@ETagSource String id, @ETagSource long revision, @LastModified Instant changed) {
    }

    final AtomicInteger handlerCalls = new AtomicInteger();
    private final Map<String, Note> notes = new ConcurrentHashMap<>();

    public Mono<NoteVersion> noteVersion(String id) {
        return Mono.justOrEmpty(notes.get(id)).map(n -> new NoteVersion(n.id(), n.revision(), n.changed()));
    }

    public CompletionStage<Optional<NoteVersion>> noteVersionLater(String id) {
        return CompletableFuture.supplyAsync(() ->
                Optional.ofNullable(notes.get(id)).map(n -> new NoteVersion(n.id(), n.revision(), n.changed())));
    }

    public CompletionStage<Optional<NoteVersion>> noteVersionSlow(String id) {
        return CompletableFuture.supplyAsync(() ->
                        Optional.ofNullable(notes.get(id)).map(n -> new NoteVersion(n.id(), n.revision(), n.changed())),
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
    }

    @Get("/{id}/slow")
    @Versioned(lookup = "noteVersionSlow")
    public Mono<Note> getSlowly(String id) {
        handlerCalls.incrementAndGet();
        return Mono.justOrEmpty(notes.get(id));
    }

    @Get("/{id}")
    @Versioned(lookup = "noteVersion")
    public Mono<Note> get(String id) {
        handlerCalls.incrementAndGet();
        return Mono.justOrEmpty(notes.get(id));
    }

    @Get("/{id}/later")
    @Versioned(lookup = "noteVersionLater")
    public CompletableFuture<HttpResponse<Note>> getLater(String id) {
        handlerCalls.incrementAndGet();
        Note note = notes.get(id);
        return CompletableFuture.completedFuture(note == null ? HttpResponse.notFound() : HttpResponse.ok(note));
    }

    @Put("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "noteVersion")
    public Mono<Note> put(String id, @Body String text, CheckedState<NoteVersion> state) {
        return Mono.fromSupplier(() -> {
            long checked = state.current().map(NoteVersion::revision).orElse(-1L);
            Note next = new Note(id, checked + 1, text, Instant.now());
            Note previous = notes.compute(id, (key, current) ->
                    (current == null ? -1 : current.revision()) == checked ? next : current);
            if (previous != next) {
                throw new OptimisticLockException("note " + id + " changed");
            }
            return next;
        });
    }
}
