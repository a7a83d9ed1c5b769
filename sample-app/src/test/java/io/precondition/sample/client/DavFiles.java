package io.precondition.sample.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/** A declarative client of Apache httpd with mod_dav (test property {@code dav.url}). */
@Client("${dav.url}")
@Requires(property = "dav.url")
public interface DavFiles {

    /** A file, revalidated. */
    @Get("/{name}")
    @Versioned
    Tagged<String> read(String name);

    /** Creates a file: {@code If-None-Match: *}. */
    @Put("/{name}")
    @ConditionalWrite
    @Produces(MediaType.TEXT_PLAIN)
    HttpResponse<Void> create(String name, @Body String text, @Header("If-None-Match") String ifNoneMatch);

    /** Replaces a file: If-Match from the Tagged value read. */
    @Put("/{name}")
    @ConditionalWrite
    @Produces(MediaType.TEXT_PLAIN)
    HttpResponse<Void> replace(String name, @Body Tagged<String> text);

    /** Deletes a file with the caller's If-Match. */
    @Delete("/{name}")
    @ConditionalWrite
    HttpResponse<Void> delete(String name, @Nullable @Header("If-Match") String ifMatch);
}
