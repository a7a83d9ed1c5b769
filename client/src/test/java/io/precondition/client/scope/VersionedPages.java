package io.precondition.client.scope;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;

/** The same GET as {@link PlainPages#cached()}, {@code @Versioned}: the filter is active in this application. */
@Client("/plain")
@Requires(property = "filter-scope")
public interface VersionedPages {

    @Get("/cached")
    @Versioned
    @Consumes(MediaType.TEXT_PLAIN)
    HttpResponse<String> cached();
}
