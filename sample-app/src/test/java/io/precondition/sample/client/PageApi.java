package io.precondition.sample.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/**
 * An API interface, without {@code @Client}, whose methods a client inherits ({@link InheritedPages}): the
 * {@code @Versioned} / {@code @ConditionalWrite} that a controller implementing it would get reach the client too.
 */
public interface PageApi {

    /** GET /pages/{slug}, revalidated. */
    @Get("/pages/{slug}")
    @Versioned
    Tagged<WikiPage> page(String slug);

    /** PUT /pages/{slug} with the caller's If-Match. */
    @Put("/pages/{slug}")
    @ConditionalWrite
    Tagged<WikiPage> replace(String slug, @Body Tagged<WikiPage> page);
}
