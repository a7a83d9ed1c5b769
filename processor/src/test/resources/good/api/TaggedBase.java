package test.api;

import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** An abstract base that declares an annotated handler: nothing is generated for it alone. */
public abstract class TaggedBase {

    @Get("/{id}")
    @Versioned
    public Optional<NoteApi.Note> show(Long id) {
        return Optional.empty();
    }
}
