package com.example;

import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads and writes notes. */
@Singleton
public class NoteService {

    private final NoteRepository repository;

    NoteService(NoteRepository repository) {
        this.repository = repository;
    }

    Optional<NoteVersion> versionOf(Long id) {
        return repository.queryById(id);
    }

    Optional<Note> find(Long id) {
        return repository.findById(id);
    }

    Note create(NoteInput input) {
        return repository.save(new Note(null, input.title(), input.body(), null, null));
    }

    /**
     * Replaces the note if it is still in the checked state: Micronaut Data's update of a {@code @Version} entity is
     * {@code UPDATE ... WHERE id = ? AND version = ?} and throws {@code OptimisticLockException} (412) otherwise.
     *
     * @param checked the state the preconditions passed against
     * @param input the new title and text
     * @return the replaced note
     */
    Note replace(NoteVersion checked, NoteInput input) {
        return repository.update(new Note(checked.id(), input.title(), input.body(), checked.version(), null));
    }
}
