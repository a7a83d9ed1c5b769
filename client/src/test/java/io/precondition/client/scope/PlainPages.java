package io.precondition.client.scope;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

/** A declarative client with no Precondition annotation: its calls must pass the filter untouched. */
@Client("/plain")
@Requires(property = "filter-scope")
public interface PlainPages {

    @Get("/cached")
    @Consumes(MediaType.TEXT_PLAIN)
    HttpResponse<String> cached();

    @Put("/refused")
    @Produces(MediaType.TEXT_PLAIN)
    HttpResponse<String> refused(@Body String text);
}
