package io.precondition.sample.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/**
 * An API interface whose methods a client inherits ({@link InheritedPages}). It carries {@code @Client} only because
 * the annotation processor does not yet accept a shared, unannotated API interface with these annotations
 * ([Precondition/InheritedHandler], [Precondition/NoValidators], [Precondition/LookupRequired]); once it does, the
 * {@code @Client} here can go and a controller can implement this interface too.
 */
@Client("/")
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
