package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** A blocking lookup that throws, run on the blocking executor, for {@link LookupFailureTest}. */
@Controller("/it/broken-blocking")
@Requires(property = "it.broken", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BlockingBrokenLookupController {

    public Optional<ItemState> state(String id) {
        throw new IllegalStateException(BrokenLookupController.MESSAGE);
    }

    @Get("/{id}")
    @Versioned(lookup = "state")
    public Item get(String id) {
        return BrokenLookupController.sample(id);
    }
}
