package io.precondition.client.only;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

/** A declarative client of a service elsewhere, in {@link ClientOnlyContextTest}'s application (never called). */
@Client("http://127.0.0.1:9")
@Requires(property = "client-only")
public interface RemotePages {

    @Get("/pages/{slug}")
    @Versioned
    HttpResponse<String> page(String slug);

    @Put("/pages/{slug}")
    @ConditionalWrite
    HttpResponse<String> replace(String slug, String body, @Header("If-Match") String ifMatch);
}
