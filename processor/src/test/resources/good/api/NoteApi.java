package test.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * Routes declared once, as Micronaut's guide puts them: on an interface that a controller implements and a
 * declarative client extends. {@code get} and {@code put} carry their precondition here; {@code delete} leaves it to
 * the controller's override; {@code raw} is annotated on both, the override winning.
 */
public interface NoteApi {

    @Get("/api/notes/{id}")
    @Versioned(lookup = "noteVersion")
    Optional<Note> get(Long id);

    @Get("/api/notes/{id}/raw")
    @Versioned(lookup = "noteVersion", cacheControl = "max-age=1")
    Optional<Note> raw(Long id);

    /** The caller's If-Match: the server reads it itself, but the client extending this interface sends it. */
    @Put("/api/notes/{id}")
    @ConditionalWrite(lookup = "noteVersion")
    Note put(Long id, @Body String text, @Nullable @Header("If-Match") String ifMatch, CheckedState<Note> state);

    @Delete("/api/notes/{id}")
    void delete(Long id, CheckedState<Note> state);

    /** A note: its version is its tag. */
    record Note(@io.precondition.annotation.ETagSource Long id,
                @io.precondition.annotation.ETagSource long version, String text) {
    }
}
