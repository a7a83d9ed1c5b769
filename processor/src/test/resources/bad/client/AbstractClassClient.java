package test.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;

/** A declarative client written as an abstract class: its abstract methods are the HTTP calls. */
@Client("/")
public abstract class AbstractClassClient {

    @Delete("/notes/{id}")
    @ConditionalWrite
    public abstract void remove(String id);

    /** Not an HTTP call: Micronaut runs it as written. */
    public String describe() {
        return "notes";
    }
}
