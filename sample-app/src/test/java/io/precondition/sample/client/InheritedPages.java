package io.precondition.sample.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.client.Tagged;
import io.precondition.sample.PageApi;

/**
 * A client of the API interface the wiki's controller implements: the reads, their routes and their
 * {@code @Versioned} come from {@link PageApi}. The write is its own: PageApi's writes take the server's
 * {@code CheckedState}, and a client's {@code @ConditionalWrite} takes the caller's precondition (here a
 * {@link Tagged} body).
 */
@Client("/pages")
public interface InheritedPages extends PageApi {

    /** PUT /pages/{slug} with the caller's If-Match. */
    @Put(PageApi.PAGE)
    @ConditionalWrite
    Tagged<WikiPage> replace(String slug, @Body Tagged<WikiPage> page);
}
