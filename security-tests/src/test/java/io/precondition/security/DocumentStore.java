package io.precondition.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.precondition.micronaut.CheckedState;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Documents in memory, shared by both controllers, standing in for a database. It counts lookups and handler
 * work, so that tests can see that a request refused by micronaut-security never reached either.
 */
@Singleton
public class DocumentStore {

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger handlerCalls = new AtomicInteger();
    /** Guarded by itself: each write compares the checked revision and writes in one step. */
    private final Map<String, Document> documents = new HashMap<>();

    /**
     * For the controllers' lookups.
     *
     * @param id the key
     * @return the document's validators, or {@code null} when there is none
     */
    public @Nullable DocumentVersion versionOf(String id) {
        lookups.incrementAndGet();
        synchronized (documents) {
            Document document = documents.get(id);
            return document == null ? null : new DocumentVersion(document.id(), document.revision());
        }
    }

    /**
     * @param id the key
     * @return the document, if there is one
     */
    public Optional<Document> find(String id) {
        handlerCalls.incrementAndGet();
        synchronized (documents) {
            return Optional.ofNullable(documents.get(id));
        }
    }

    /**
     * Creates or replaces a document, if it is still in the state its preconditions were checked against.
     *
     * @param id the key
     * @param text the new content
     * @param state the checked state
     * @return the written document
     */
    public Document write(String id, String text, CheckedState<DocumentVersion> state) {
        handlerCalls.incrementAndGet();
        Document next = new Document(id, state.current().map(v -> v.revision() + 1).orElse(0L), text);
        synchronized (documents) {
            requireUnchanged(id, state);
            documents.put(id, next);
        }
        return next;
    }

    /**
     * Deletes a document, if it is still in the state its preconditions were checked against.
     *
     * @param id the key
     * @param state the checked state
     */
    public void delete(String id, CheckedState<DocumentVersion> state) {
        handlerCalls.incrementAndGet();
        synchronized (documents) {
            requireUnchanged(id, state);
            documents.remove(id);
        }
    }

    /** @return how often a lookup has run */
    int lookups() {
        return lookups.get();
    }

    /** @return how often a handler has read or written */
    int handlerCalls() {
        return handlerCalls.get();
    }

    /** The write half of check-then-write, as {@code UPDATE ... WHERE version = ?} would do it (caller holds the lock). */
    private void requireUnchanged(String id, CheckedState<DocumentVersion> state) {
        Document current = documents.get(id);
        long currentRevision = current == null ? -1 : current.revision();
        long checkedRevision = state.current().map(DocumentVersion::revision).orElse(-1L);
        if (currentRevision != checkedRevision) {
            throw new HttpStatusException(HttpStatus.PRECONDITION_FAILED, "document " + id + " changed");
        }
    }
}
