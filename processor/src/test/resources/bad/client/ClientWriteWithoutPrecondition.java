package test.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

/** A client write with no parameter that can carry the caller's precondition: only a blind write could be sent. */
@Client("/")
public interface ClientWriteWithoutPrecondition {

    @Get("/notes/{id}")
    @Versioned
    String read(String id);

    @Put("/notes/{id}")
    @ConditionalWrite
    String blindWrite(String id, @Body String note, @Header("X-Request-Id") String requestId);
}
