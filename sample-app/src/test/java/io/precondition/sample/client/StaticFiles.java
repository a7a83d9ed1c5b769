package io.precondition.sample.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/** A declarative client of files that nginx serves (test property {@code static.url}). */
@Client("${static.url}")
@Requires(property = "static.url")
public interface StaticFiles {

    /** A file, revalidated. */
    @Get("/{+path}")
    @Versioned
    Tagged<String> file(String path);

    /** A file, with the answer's fields. */
    @Get("/{+path}")
    @Versioned
    HttpResponse<String> response(String path);

    /** A file whose representation varies with Accept-Language. */
    @Get("/{+path}")
    @Versioned
    Tagged<String> inLanguage(String path, @Header("Accept-Language") String language);

    /** A file read as the wiki's page JSON. */
    @Get("/{+path}")
    @Versioned
    WikiPage page(String path);
}
