package com.example.api;

import io.micronaut.http.client.annotation.Client;

/** The same API as a declarative client: Micronaut implements it, Precondition generates nothing for it. */
@Client("/")
public interface NoteClient extends NoteApi {
}
