package io.precondition.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * Secured documents: readers may GET, writers may also PUT and DELETE. On the blocking executor, as a
 * database-backed controller would be (its generated filter then runs the lookup there too).
 */
@Controller(DocumentController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentController {

    /** The collection's path. */
    static final String PATH = "/documents";

    private final DocumentStore store;

    DocumentController(DocumentStore store) {
        this.store = store;
    }

    /**
     * The lookup: a document's validators, read by the generated filter before a handler runs.
     *
     * @param id the key
     * @return the validators, or {@code null} when there is no such document
     */
    public @Nullable DocumentVersion documentVersion(String id) {
        return store.versionOf(id);
    }

    /**
     * @param id the key
     * @return the document, or 404
     */
    @Get("/{id}")
    @Secured({Roles.READ, Roles.WRITE})
    @Versioned(lookup = "documentVersion")
    public Optional<Document> get(String id) {
        return store.find(id);
    }

    /**
     * Creates ({@code If-None-Match: *}) or replaces ({@code If-Match}) a document.
     *
     * @param id the key
     * @param text the new content
     * @param state the document as its preconditions were checked
     * @return 201 with the created document, or 200 with the replaced one
     */
    @Put("/{id}")
    @Secured(Roles.WRITE)
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "documentVersion")
    public HttpResponse<Document> put(String id, @Body String text, CheckedState<DocumentVersion> state) {
        Document written = store.write(id, text, state);
        return state.exists()
                ? HttpResponse.ok(written)
                : HttpResponse.created(written, UriBuilder.of(PATH).path(id).build());
    }

    /**
     * @param id the key
     * @param state the document as its preconditions were checked
     * @return 204
     */
    @Delete("/{id}")
    @Secured(Roles.WRITE)
    @ConditionalWrite(lookup = "documentVersion")
    public HttpResponse<Void> delete(String id, CheckedState<DocumentVersion> state) {
        store.delete(id, state);
        return HttpResponse.noContent();
    }
}
