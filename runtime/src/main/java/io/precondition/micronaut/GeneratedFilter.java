package io.precondition.micronaut;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the annotation processor on every filter it generates: names the controller and the handlers the filter
 * covers. Micronaut records it in the filter's bean definition at compile time, so that
 * {@link GeneratedFilterCheck} can tell at start-up, without reflection, whether every {@code @Versioned} /
 * {@code @ConditionalWrite} route has its filter (it has none when the processor did not run).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GeneratedFilter {

    /** @return the controller whose handlers the filter covers */
    Class<?> controller();

    /** @return the names of the controller methods the filter covers */
    String[] handlers();
}
