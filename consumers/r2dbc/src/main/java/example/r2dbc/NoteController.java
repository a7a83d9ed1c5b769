package example.r2dbc;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.uri.UriBuilder;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import reactor.core.publisher.Mono;

/** Notes over HTTP with Mono handlers and a Mono lookup: nothing blocks the event loop. */
@Controller("/notes")
public class NoteController {

    private final NoteRepository notes;
    private final NoteService service;

    public NoteController(NoteRepository notes, NoteService service) {
        this.notes = notes;
        this.service = service;
    }

    /** The lookup: the current state of a note, before a conditional request's handler runs. */
    Mono<Note> current(Long id) {
        return notes.findById(id);
    }

    @Post
    public Mono<HttpResponse<Note>> create(@Body NoteInput input) {
        return service.create(input.text()).map(created -> HttpResponse.created(created,
                UriBuilder.of("/notes").path(String.valueOf(created.id())).build()));
    }

    @Get("/{id}")
    @Versioned(lookup = "current")
    public Mono<Note> get(Long id) {
        return notes.findById(id);
    }

    @Put("/{id}")
    @ConditionalWrite(lookup = "current")
    public Mono<HttpResponse<Note>> put(Long id, @Body NoteInput input, CheckedState<Note> state) {
        if (!state.exists()) {
            return Mono.just(HttpResponse.notFound());   // If-None-Match: * on an absent note: no create here
        }
        return service.replace(state.get(), input.text()).map(HttpResponse::ok);
    }
}
