package test.openapi;

import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** An abstract base whose annotated route {@link ShelfController} inherits without overriding it. */
public abstract class ShelfBase {

    /** A shelf: its version is its tag. */
    public record Shelf(@ETagSource long version) {
    }

    @Get("/{id}")
    @Versioned(lookup = "shelfVersion")
    public Optional<Shelf> show(Long id) {
        return Optional.empty();
    }
}
