package com.example.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * The API, declared once: NoteController implements it, the tests' NoteClient extends it. {@code get} and {@code put}
 * carry their preconditions here; {@code getText} and {@code putText} leave them to the controller's overrides.
 */
public interface NoteApi {

    @Get("/api/notes/{id}")
    @Versioned(lookup = "noteVersion")
    Optional<Note> get(long id);

    /** {@code ifMatch}: the server reads If-Match itself; the declarative client extending this interface sends it. */
    @Put(value = "/api/notes/{id}", consumes = MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "noteVersion")
    Note put(long id, @Body String text, @Nullable @Header("If-Match") String ifMatch, CheckedState<Note> state);

    @Get("/api/texts/{id}")
    Optional<Note> getText(long id);

    @Put(value = "/api/texts/{id}", consumes = MediaType.TEXT_PLAIN)
    Note putText(long id, @Body String text, CheckedState<Note> state);
}
