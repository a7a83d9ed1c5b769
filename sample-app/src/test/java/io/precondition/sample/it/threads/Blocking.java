package io.precondition.sample.it.threads;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An application's own annotation, meta-annotated with {@code @ExecuteOn}: Micronaut honours it on a controller. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExecuteOn(TaskExecutors.BLOCKING)
public @interface Blocking {
}
