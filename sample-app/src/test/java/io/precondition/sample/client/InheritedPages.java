package io.precondition.sample.client;

import io.micronaut.http.client.annotation.Client;

/** A client that declares nothing itself: its methods and their annotations come from {@link PageApi}. */
@Client("/")
public interface InheritedPages extends PageApi {
}
