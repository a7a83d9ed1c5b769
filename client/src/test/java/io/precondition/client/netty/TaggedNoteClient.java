package io.precondition.client.netty;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/**
 * The declarative client of {@link NoteController} with {@link Tagged} reads (text, JSON, a future) and a write
 * taking the read's {@code Tagged} as its body, on Micronaut's Netty HTTP client.
 */
@Client("/notes")
@Requires(property = "netty.round-trip")
public interface TaggedNoteClient {

    @Get("/{id}")
    @Versioned
    @Consumes(MediaType.TEXT_PLAIN)
    Tagged<String> read(String id);

    @Get("/{id}")
    @Versioned
    @Consumes(MediaType.TEXT_PLAIN)
    CompletableFuture<Tagged<String>> readFuture(String id);

    @Get("/{id}/json")
    @Versioned
    Tagged<Map<String, String>> readJson(String id);

    @Put("/{id}")
    @ConditionalWrite
    @Produces(MediaType.TEXT_PLAIN)
    @Consumes(MediaType.TEXT_PLAIN)
    Tagged<String> write(String id, @Body Tagged<String> note);
}
