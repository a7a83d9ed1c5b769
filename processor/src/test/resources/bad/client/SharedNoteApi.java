package test.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * An API interface shared by a controller and a client, as Micronaut's guide writes it: {@code put} is right for the
 * controller (the server reads If-Match itself) but gives a client extending it nowhere to put the caller's If-Match.
 */
public interface SharedNoteApi {

    @Get("/api/notes/{id}")
    @Versioned(lookup = "noteVersion")
    Optional<Note> get(Long id);

    @Put("/api/notes/{id}")
    @ConditionalWrite(lookup = "noteVersion")
    Note put(Long id, @Body String text, CheckedState<Note> state);

    /** A note: its version is its tag. */
    record Note(@io.precondition.annotation.ETagSource Long id,
                @io.precondition.annotation.ETagSource long version, String text) {
    }
}
