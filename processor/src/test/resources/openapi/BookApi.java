package test.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * Routes declared on an API interface that {@link BookController} implements: {@code get} and {@code put} carry
 * their precondition here, {@code delete} carries one here and another on the controller's override, which wins.
 */
public interface BookApi {

    @Get("/books/{id}")
    @Versioned(lookup = "bookVersion")
    Optional<Book> get(Long id);

    @Put("/books/{id}")
    @ConditionalWrite(lookup = "bookVersion")
    Book put(Long id, @Body String text, CheckedState<Book> state);

    @Delete("/books/{id}")
    @ConditionalWrite(lookup = "bookVersion")
    HttpResponse<Void> delete(Long id, CheckedState<Book> state);

    /** A book: its version is its tag. */
    record Book(@ETagSource long version, String text) {
    }
}
