package test.client;

import io.micronaut.http.client.annotation.Client;

/** The client side of {@link SharedNoteApi}: it inherits a conditional write it cannot send conditionally. */
@Client("/")
public interface SharedNoteClient extends SharedNoteApi {
}
