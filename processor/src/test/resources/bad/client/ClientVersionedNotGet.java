package test.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;

/** @Versioned on a client PUT: it is for GET reads. */
@Client("/")
public interface ClientVersionedNotGet {

    @Get("/notes/{id}")
    @Versioned
    String read(String id);

    @Put("/notes/{id}")
    @Versioned
    String write(String id, @Body String note);
}
