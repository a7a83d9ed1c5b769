package io.precondition.sample.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;

/** The benchmark's client (bench/client.sh): the same GET with and without {@code @Versioned}. */
@Client("${bench.url}")
@Requires(property = "bench.url")
public interface BenchPages {

    /** Revalidated through the client's store. */
    @Get("/{+path}")
    @Versioned
    String revalidated(String path);

    /** A plain read: the whole representation every time. */
    @Get("/{+path}")
    String plain(String path);
}
