package example.jpa;

import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;

/** Writes notes, each write in its own transaction. */
@Singleton
public class NoteService {

    private final NoteRepository notes;

    public NoteService(NoteRepository notes) {
        this.notes = notes;
    }

    @Transactional
    public Note create(String text) {
        Note note = new Note();
        note.setText(text);
        return notes.save(note);
    }

    /**
     * Replaces the text of the note in the state its preconditions were checked against: {@code update} merges that
     * detached state (Hibernate compares its version with the stored one) and the flush at commit runs
     * {@code UPDATE ... WHERE id = ? AND version = ?}. Either throws JPA's {@code OptimisticLockException} when another
     * writer came first, and Precondition answers 412.
     */
    @Transactional
    public Note replace(Note checked, String text) {
        checked.setText(text);
        return notes.update(checked);
    }
}
