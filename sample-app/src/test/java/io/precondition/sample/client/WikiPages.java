package io.precondition.sample.client;

import java.util.concurrent.CompletableFuture;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;
import reactor.core.publisher.Mono;

/**
 * A declarative client of the wiki's API (wiki-api.md), written as a user of precondition-client would: no header
 * code, only {@code @Versioned} on the reads and {@code @ConditionalWrite} on the writes.
 */
@Client("/")
public interface WikiPages {

    /** GET /pages/{slug}, revalidated (RFC 9111). */
    @Get("/pages/{slug}")
    @Versioned
    Tagged<WikiPage> page(String slug);

    /** The same read, with the answer's status and fields. */
    @Get("/pages/{slug}")
    @Versioned
    HttpResponse<WikiPage> pageResponse(String slug);

    /** The same read, reactive. */
    @Get("/pages/{slug}")
    @Versioned
    Mono<Tagged<WikiPage>> pageMono(String slug);

    /** The same read, as a future. */
    @Get("/pages/{slug}")
    @Versioned
    CompletableFuture<WikiPage> pageFuture(String slug);

    /** The same read, as a mutable bean: never shared between callers. */
    @Get("/pages/{slug}")
    @Versioned
    EditablePage editable(String slug);

    /** Replaces a page: If-Match from the Tagged value the caller read. */
    @Put("/pages/{slug}")
    @ConditionalWrite
    Tagged<WikiPage> replace(String slug, @Body Tagged<WikiPage> page);

    /** Creates a page: {@code If-None-Match: *}. */
    @Put("/pages/{slug}")
    @ConditionalWrite
    Tagged<WikiPage> create(String slug, @Body WikiPage page, @Header("If-None-Match") String ifNoneMatch);

    /** Deletes a page with the caller's If-Match (null: no precondition, refused before sending). */
    @Delete("/pages/{slug}")
    @ConditionalWrite
    HttpResponse<Void> delete(String slug, @Nullable @Header("If-Match") String ifMatch);

    /** A write that is not declared conditional: the wiki answers 428. */
    @Put("/pages/{slug}")
    HttpResponse<WikiPage> replaceUnguarded(String slug, @Body WikiPage page);
}
