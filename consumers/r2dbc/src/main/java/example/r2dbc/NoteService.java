package example.r2dbc;

import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/** Writes notes. */
@Singleton
public class NoteService {

    private final NoteRepository notes;

    public NoteService(NoteRepository notes) {
        this.notes = notes;
    }

    public Mono<Note> create(String text) {
        return notes.save(new Note(null, null, null, text));
    }

    /**
     * Replaces the text of the note in the state its preconditions were checked against, in one statement:
     * {@code UPDATE note SET ... WHERE id = ? AND version = ?}. When another writer came first it changes no row and
     * Micronaut Data fails the Mono with its {@code OptimisticLockException}, which Precondition answers with 412.
     */
    public Mono<Note> replace(Note checked, String text) {
        return notes.update(checked.withText(text));
    }
}
