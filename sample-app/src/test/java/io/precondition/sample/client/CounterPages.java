package io.precondition.sample.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;
import reactor.core.publisher.Mono;

/** A wiki page used as a counter (its body is the number), on the instance at test property {@code counter.url}. */
@Client("${counter.url}")
@Requires(property = "counter.url")
public interface CounterPages {

    /** Reads the page, revalidated. */
    @Get("/pages/{slug}")
    @Versioned
    Tagged<WikiPage> read(String slug);

    /** Writes the page with the read's If-Match. */
    @Put("/pages/{slug}")
    @ConditionalWrite
    Tagged<WikiPage> write(String slug, @Body Tagged<WikiPage> page);

    /** Reads the page, reactive. */
    @Get("/pages/{slug}")
    @Versioned
    Mono<Tagged<WikiPage>> readReactive(String slug);

    /** Writes the page, reactive. */
    @Put("/pages/{slug}")
    @ConditionalWrite
    Mono<Tagged<WikiPage>> writeReactive(String slug, @Body Tagged<WikiPage> page);
}
