package com.example.api;

import io.micronaut.http.annotation.Controller;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/** Serves NoteApi; the lookup lives here, where both placements of the annotations find it. */
@Controller
public class NoteController implements NoteApi {

    private final NoteStore store;

    public NoteController(NoteStore store) {
        this.store = store;
    }

    public Optional<Note> noteVersion(long id) {
        return store.find(id);
    }

    @Override
    public Optional<Note> get(long id) {
        return store.find(id);
    }

    @Override
    public Note put(long id, String text, String ifMatch, CheckedState<Note> state) {
        return store.replace(id, state.get().version(), text);
    }

    @Override
    @Versioned(lookup = "noteVersion")
    public Optional<Note> getText(long id) {
        return store.find(id);
    }

    @Override
    @ConditionalWrite(lookup = "noteVersion")
    public Note putText(long id, String text, CheckedState<Note> state) {
        return store.replace(id, state.get().version(), text);
    }
}
