package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

/** No @ExecuteOn: micronaut.server.thread-selection=AUTO runs its blocking handlers on the blocking executor. */
@Controller("/it/threads/auto")
@Requires(property = "it.threads", value = "true")
@Requires(property = "micronaut.server.thread-selection", value = "AUTO")
public class AutoSelectedController {

    static final String NAME = "AutoSelectedController";

    private final DocStore store;

    AutoSelectedController(DocStore store) {
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

    @Put("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "docVersion", requireGuard = false)
    public Doc put(String id, @Body String text, CheckedState<DocVersion> state) {
        return store.write(NAME, id, text, state);
    }
}
