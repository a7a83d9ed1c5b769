package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/** A property placeholder in the path: the generated filter's pattern keeps it, and Micronaut resolves both. */
@Controller("${it.base}/placed")
@Requires(property = "it.threads", value = "true")
public class PlaceholderController {

    static final String NAME = "PlaceholderController";

    private final DocStore store;

    PlaceholderController(DocStore store) {
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
}
