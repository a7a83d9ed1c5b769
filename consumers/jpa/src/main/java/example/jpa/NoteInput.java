package example.jpa;

import io.micronaut.serde.annotation.Serdeable;

/** The body of a create or a replace. */
@Serdeable
public record NoteInput(String text) {
}
