package io.precondition.bench;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Variant {@code const}: a constant on the blocking executor, where every other handler runs (the floor). */
@Controller("/const")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConstController {

    /** @return a constant */
    @Get(produces = MediaType.TEXT_PLAIN)
    public String get() {
        return "ok";
    }
}
