package test.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;

/** An API interface (no controller here) with @Versioned on a POST, and a client that inherits it. */
public interface InheritedVersionedNotGet {

    @Post("/search")
    @Versioned
    String search(@Body String query);

    @Client("/")
    interface SearchClient extends InheritedVersionedNotGet {
    }
}
