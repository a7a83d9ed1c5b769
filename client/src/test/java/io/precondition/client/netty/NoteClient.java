package io.precondition.client.netty;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import org.reactivestreams.Publisher;

/**
 * The declarative client of {@link NoteController}, on Micronaut's Netty HTTP client, with {@code HttpResponse<T>}
 * answers and an If-Match parameter ({@link TaggedNoteClient} has the same with {@code Tagged<T>}).
 */
@Client("/notes")
@Requires(property = "netty.round-trip")
public interface NoteClient {

    @Get("/{id}")
    @Versioned
    @Consumes(MediaType.TEXT_PLAIN)
    HttpResponse<String> read(String id);

    @Get("/{id}")
    @Versioned
    @Consumes(MediaType.TEXT_PLAIN)
    Publisher<HttpResponse<String>> readReactive(String id);

    @Put("/{id}")
    @ConditionalWrite
    @Produces(MediaType.TEXT_PLAIN)
    @Consumes(MediaType.TEXT_PLAIN)
    HttpResponse<String> write(String id, @Body String note, @Header("If-Match") String ifMatch);
}
