package io.precondition.sample.client;

import java.util.concurrent.CompletableFuture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;

/**
 * The benchmark's client (bench/client.sh): the same GET with and without {@code @Versioned}. The methods return
 * {@code CompletableFuture}: with a blocking return type, Micronaut's JDK client builds a new blocking client (a new
 * {@code java.net.http.HttpClient}, its selector thread and its connection) for every call
 * ({@code DefaultJdkHttpClient.toBlocking()}, seen in a profile), which then costs more than the whole read. The
 * benchmark runs this interface on Micronaut's JDK client and on its Netty client alike.
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
}
