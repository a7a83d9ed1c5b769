package example.jpa;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/** Notes over HTTP: GET with ETag / Last-Modified / 304, PUT guarded by If-Match (412 / 428). */
@Controller("/notes")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NoteController {

    private final NoteRepository notes;
    private final NoteService service;

    public NoteController(NoteRepository notes, NoteService service) {
        this.notes = notes;
        this.service = service;
    }

    /** The lookup: the current state of a note, before a conditional request's handler runs. */
    Optional<Note> current(Long id) {
        return notes.findById(id);
    }

    @Post
    public HttpResponse<Note> create(@Body NoteInput input) {
        Note created = service.create(input.text());
        return HttpResponse.created(created, UriBuilder.of("/notes").path(created.getId().toString()).build());
    }

    @Get("/{id}")
    @Versioned(lookup = "current")
    public Optional<Note> get(Long id) {
        return notes.findById(id);
    }

    @Put("/{id}")
    @ConditionalWrite(lookup = "current")
    public HttpResponse<Note> put(Long id, @Body NoteInput input, CheckedState<Note> state) {
        if (!state.exists()) {
            return HttpResponse.notFound();   // a PUT with If-None-Match: * on a note that is not there: no create
        }
        return HttpResponse.ok(service.replace(state.get(), input.text()));
    }
}
