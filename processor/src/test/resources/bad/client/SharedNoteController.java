package test.client;

import io.micronaut.http.annotation.Controller;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/** Serves {@link SharedNoteApi}: fine as it is. */
@Controller
public class SharedNoteController implements SharedNoteApi {

    public Optional<Note> noteVersion(Long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Note> get(Long id) {
        return Optional.empty();
    }

    @Override
    public Note put(Long id, String text, CheckedState<Note> state) {
        return null;
    }
}
