package test.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/** Implements the shared API: the annotations come from the interface, or from an override where it has its own. */
@Controller
public class NoteController implements NoteApi {

    public Optional<Note> noteVersion(Long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Note> get(Long id) {
        return Optional.empty();
    }

    @Override
    @Versioned(lookup = "noteVersion", cacheControl = "max-age=60")
    public Optional<Note> raw(Long id) {
        return Optional.empty();
    }

    @Override
    public Note put(Long id, String text, String ifMatch, CheckedState<Note> state) {
        return null;
    }

    @Override
    @ConditionalWrite(lookup = "noteVersion")
    public void delete(Long id, CheckedState<Note> state) {
    }

    /** The same API seen from the client side: nothing is generated for it. */
    @Client("/")
    public interface NoteClient extends NoteApi {
    }
}
