package test.client;

import io.micronaut.http.client.annotation.Client;
import io.precondition.micronaut.CheckedState;

/** Redeclares the inherited write (its annotations still apply) without giving it a precondition parameter. */
@Client("/")
public interface RedeclaringClient extends SharedNoteApi {

    @Override
    Note put(Long id, String text, CheckedState<Note> state);
}
