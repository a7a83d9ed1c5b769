package io.precondition.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/**
 * The same documents without {@code @ExecuteOn}: its generated filter runs on the event loop, and must be ordered
 * after the security filter all the same.
 */
@Controller(EventLoopDocumentController.PATH)
public class EventLoopDocumentController {

    /** The collection's path. */
    static final String PATH = "/event-loop/documents";

    private final DocumentStore store;

    EventLoopDocumentController(DocumentStore store) {
        this.store = store;
    }

    /**
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
     * Replaces a document ({@code If-Match}).
     *
     * @param id the key
     * @param text the new content
     * @param state the document as its preconditions were checked
     * @return the replaced document
     */
    @Put("/{id}")
    @Secured(Roles.WRITE)
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "documentVersion")
    public Document put(String id, @Body String text, CheckedState<DocumentVersion> state) {
        return store.write(id, text, state);
    }
}
