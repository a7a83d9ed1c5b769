package com.example;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.net.URI;
import java.util.Optional;

/** Notes over HTTP: conditional GET and guarded PUT by Precondition's annotations. */
@Controller("/notes")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NoteController {

    private final NoteService notes;

    NoteController(NoteService notes) {
        this.notes = notes;
    }

    /**
     * @param id the key
     * @return the note's validators, read before a conditional request's handler
     */
    public Optional<NoteVersion> noteVersion(Long id) {
        return notes.versionOf(id);
    }

    /**
     * @param input the new note
     * @return 201 with the note
     */
    @Post
    public HttpResponse<Note> create(@Body NoteInput input) {
        Note created = notes.create(input);
        return HttpResponse.created(created, URI.create("/notes/" + created.id()));
    }

    /**
     * @param id the key
     * @return the note, with its ETag and Last-Modified; 304 / 412 for a conditional request
     */
    @Get("/{id}")
    @Versioned(lookup = "noteVersion")
    public Optional<Note> get(Long id) {
        return notes.find(id);
    }

    /**
     * @param id the key
     * @param input the new title and text
     * @param state the note as the preconditions checked it
     * @return the replaced note; 412 when it changed since the client's ETag, 428 without a guard, 404 for an
     *     absent note (keys are generated: {@code If-None-Match: *} cannot create one here)
     */
    @Put("/{id}")
    @ConditionalWrite(lookup = "noteVersion")
    public HttpResponse<Note> put(Long id, @Body NoteInput input, CheckedState<NoteVersion> state) {
        return state.current()
                .map(checked -> HttpResponse.ok(notes.replace(checked, input)))
                .orElseGet(HttpResponse::notFound);
    }
}
