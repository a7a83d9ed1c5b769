package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/**
 * A versioned {@code get(id)} beside an unannotated {@code get(id, rev)} of the same name: a revision is another
 * representation, which the document's lookup does not describe.
 */
@Controller("/it/revisions")
@Requires(property = "it.threads", value = "true")
public class RevisionController {

    static final String NAME = "RevisionController";

    private final DocStore store;

    RevisionController(DocStore store) {
        this.store = store;
    }

    @Nullable DocVersion docVersion(String id) {
        return store.version(NAME, id);
    }

    @Get("/{id}")
    @Versioned(lookup = "docVersion")
    public @Nullable Doc get(String id) {
        return store.read(NAME, id);
    }

    /** Unversioned: the text of an old revision, with no validators. */
    @Get("/{id}/revisions/{rev}")
    public String get(String id, int rev) {
        return "revision " + rev + " of " + id;
    }
}
