package io.precondition.sample.client;

import java.util.concurrent.CompletableFuture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.precondition.sample.Page;
import io.precondition.annotation.Versioned;

/**
 * The benchmark's client (bench/client.sh): the same GET with and without {@code @Versioned}. The methods return
 * {@code CompletableFuture}: with a blocking return type, Micronaut's JDK client builds a new blocking client (a new
 * {@code java.net.http.HttpClient}, its selector thread and its connection) for every call
 * ({@code DefaultJdkHttpClient.toBlocking()}, seen in a profile), which then costs more than the whole read. The
 * benchmark runs this interface on Micronaut's JDK client and on its Netty client alike. The page reads decode the
 * wiki's JSON to {@link Page}, as a client of the wiki's API does.
 */
@Client("${bench.url}")
@Requires(property = "bench.url")
public interface BenchPages {

    /** Revalidated through the client's store. */
    @Get("/{+path}")
    @Versioned
    CompletableFuture<String> revalidated(String path);

    /** A plain read: the whole representation every time. */
    @Get("/{+path}")
    CompletableFuture<String> plain(String path);

    /** A wiki page as its record, revalidated: a 304 answers with the value decoded once (Page is immutable). */
    @Get("/pages/{slug}")
    @Versioned
    CompletableFuture<Page> revalidatedPage(String slug);

    /** A wiki page as its record, read and decoded in full every time. */
    @Get("/pages/{slug}")
    CompletableFuture<Page> plainPage(String slug);
}
