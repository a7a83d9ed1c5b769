package com.example.api;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Notes in memory; a replace names the version it read, so a concurrent change makes it fail. */
@Singleton
public class NoteStore {

    private final Map<Long, Note> notes = new ConcurrentHashMap<>();

    public Optional<Note> find(long id) {
        return Optional.ofNullable(notes.get(id));
    }

    public Note create(long id, String text) {
        Note note = new Note(id, 0, text);
        notes.put(id, note);
        return note;
    }

    public Note replace(long id, long expectedVersion, String text) {
        Note replaced = notes.computeIfPresent(id,
                (key, note) -> note.version() == expectedVersion ? new Note(id, note.version() + 1, text) : note);
        if (replaced == null || replaced.version() != expectedVersion + 1) {
            throw new IllegalStateException("note " + id + " changed since version " + expectedVersion);
        }
        return replaced;
    }
}
