package io.precondition.sample.it.threads;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** A base class of controllers with {@code @ExecuteOn} on it, which its subclasses inherit. */
@ExecuteOn(TaskExecutors.BLOCKING)
public abstract class BlockingController {
}
