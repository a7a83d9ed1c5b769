package test.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;
import reactor.core.publisher.Mono;

/** Declarative clients whose versioned reads decode to immutable types and to types that are not. */
public interface ReadingClients {

    enum Kind { DRAFT, PUBLISHED }

    /** Deeply immutable: value types, an enum, a nested record, itself (a reply chain). */
    record Note(String id, long version, Instant at, Kind kind, Author author, Optional<Note> replyTo) {
    }

    record Author(String name, java.util.UUID id) {
    }

    /** Not immutable: decoders build a mutable list. */
    record Tags(String id, List<String> tags) {
    }

    /** Not immutable: type parameters could be anything. */
    record Box<T>(T value) {
    }

    /** Not immutable: a class with a setter. */
    final class Draft {
        private String text;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A generic API, which a client sees with its type argument. */
    interface ItemApi<T> {

        @Get("/items/{id}")
        @Versioned
        T item(String id);
    }

    @Client("/")
    interface Reads extends ItemApi<Author> {

        @Get("/notes/{id}")
        @Versioned
        Note note(String id);

        @Get("/notes/{id}/async")
        @Versioned
        CompletableFuture<Note> noteLater(String id);

        @Get("/notes/{id}/reactive")
        @Versioned
        Mono<HttpResponse<Tagged<Note>>> noteTagged(String id);

        @Get("/notes/{id}/maybe")
        @Versioned
        Optional<Note> maybe(String id);

        @Get("/notes/{id}/text")
        @Versioned
        String text(String id);

        @Get("/notes/{id}/version")
        @Versioned
        long version(String id);

        @Get("/notes")
        @Versioned
        List<Note> list();

        @Get("/notes/{id}/tags")
        @Versioned
        Tags tags(String id);

        @Get("/notes/{id}/box")
        @Versioned
        Box<String> box(String id);

        @Get("/notes/{id}/draft")
        @Versioned
        Draft draft(String id);

        @Get("/notes/{id}/fields")
        @Versioned
        Map<String, String> fields(String id);

        @Get("/notes/{id}/bytes")
        @Versioned
        byte[] bytes(String id);

        /** Not versioned: never answered from the store, so not listed. */
        @Get("/notes/{id}/plain")
        Kind plain(String id);
    }

    /** Nothing immutable to read: no class written. */
    @Client("/")
    interface MutableReads {

        @Get("/notes")
        @Versioned
        List<Note> list();

        @Get("/notes/{id}/draft")
        @Versioned
        Draft draft(String id);
    }
}
