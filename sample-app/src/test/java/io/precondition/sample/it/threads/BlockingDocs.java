package io.precondition.sample.it.threads;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.micronaut.CheckedState;

/** An API interface whose methods carry {@code @ExecuteOn}; Micronaut applies it to the implementing handlers. */
public interface BlockingDocs {

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable Doc get(String id);

    @ExecuteOn(TaskExecutors.BLOCKING)
    Doc put(String id, String text, CheckedState<DocVersion> state);
}
