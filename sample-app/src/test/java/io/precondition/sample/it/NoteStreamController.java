package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import io.precondition.sample.it.NoteController.Note;
import io.precondition.sample.it.NoteController.NoteVersion;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handlers that return streams of several notes ({@code Flux}, {@code Publisher}, {@code HttpResponse<Flux>}), in
 * memory, on the event loop. It counts how often its stream is subscribed and how many notes it emits, so that tests
 * see which answers never ran it.
 */
@Controller("/it/note-streams")
@Requires(property = "it.items", value = "true")
public class NoteStreamController {

    /** The validators of the whole list: a weak tag derived from its notes' tags. */
    public record NoteList(@ETagSource List<NoteVersion> notes) {
    }

    final AtomicInteger subscriptions = new AtomicInteger();
    final AtomicInteger emitted = new AtomicInteger();
    /** Runs in the write's stream before its compare-and-set: lets a test play a concurrent writer. */
    volatile Runnable beforeAppend = () -> { };
    private final List<Note> notes = new ArrayList<>();

    public Mono<NoteList> listVersion() {
        return Mono.fromSupplier(this::currentVersion);
    }

    @Get
    @Versioned(lookup = "listVersion")
    public Flux<Note> all() {
        return counted();
    }

    @Get("/published")
    @Versioned
    public Publisher<Note> published() {
        return counted();
    }

    /** Not versioned: Micronaut streams it as it always does, for comparison. */
    @Get("/streamed")
    public Flux<Note> streamed() {
        return counted();
    }

    @Get("/answered")
    @Versioned
    public HttpResponse<Flux<Note>> answered() {
        return HttpResponse.ok(counted()).header("X-Answered-By", "NoteStreamController");
    }

    @Get("/missing")
    @Versioned
    public HttpResponse<Flux<Note>> missing() {
        return HttpResponse.notFound();
    }

    @Get("/empty")
    @Versioned
    public Flux<Note> empty() {
        return Flux.empty();
    }

    @Get("/broken")
    @Versioned
    public Flux<Note> broken() {
        return counted().concatWith(Flux.error(new IllegalStateException("the stream broke after its notes")));
    }

    /** Micronaut resolves a {@code @SingleResult Publisher} to one value, like a {@code Mono}. */
    @Get("/first")
    @Versioned
    @SingleResult
    public Publisher<Note> first() {
        return counted().take(1);
    }

    /**
     * Appends a note and answers the whole list. A collection's tag is weak and {@code If-Match} compares strongly
     * (RFC 9110 §13.1.1), so no {@code If-Match} can pass here: writes go unguarded, and the stream itself checks
     * that the list is still the one the lookup saw.
     */
    @Put
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "listVersion", requireGuard = false)
    public Flux<Note> append(@Body String text, CheckedState<NoteList> state) {
        return Flux.defer(() -> {
            beforeAppend.run();
            synchronized (notes) {
                if (!currentVersion().equals(state.get())) {
                    throw new OptimisticLockException("the list changed after its preconditions were checked");
                }
                notes.add(new Note(ItemClient.newId(), 0, text, Instant.now()));
            }
            return counted();
        });
    }

    /** Adds a note directly, as another writer would. */
    void add(String text) {
        synchronized (notes) {
            notes.add(new Note(ItemClient.newId(), 0, text, Instant.now()));
        }
    }

    private Flux<Note> counted() {
        return Flux.defer(() -> {
            subscriptions.incrementAndGet();
            synchronized (notes) {
                return Flux.fromIterable(List.copyOf(notes));
            }
        }).doOnNext(note -> emitted.incrementAndGet());
    }

    private NoteList currentVersion() {
        synchronized (notes) {
            List<NoteVersion> versions = new ArrayList<>();
            for (Note note : notes) {
                versions.add(new NoteVersion(note.id(), note.revision(), note.changed()));
            }
            return new NoteList(List.copyOf(versions));
        }
    }
}
