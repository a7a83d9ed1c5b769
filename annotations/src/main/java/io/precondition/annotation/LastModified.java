package io.precondition.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property that gives the enclosing type's {@code Last-Modified} (RFC 9110 §8.8.2). Put it on a field,
 * a getter or a record component. Supported types: {@code Instant}, {@code OffsetDateTime},
 * {@code ZonedDateTime}, {@code LocalDateTime} (read in {@link #zone()}), {@code java.util.Date}, and
 * {@code long} epoch milliseconds. The value is sent at whole seconds and never later than the response's
 * {@code Date}.
 *
 * <p>When no property is marked, Micronaut Data's {@code @DateUpdated} property is used.
 *
 * <pre>{@code
 * @LastModified Instant changedAt;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface LastModified {

    /**
     * The time zone in which a {@code LocalDateTime} value is read, as a {@code java.time.ZoneId} string, for
     * example {@code "Europe/Paris"} or {@code "UTC"}. Default {@code ""}: the JVM's default zone at run time, the
     * zone in which Micronaut Data fills a {@code LocalDateTime} {@code @DateUpdated}. Ignored for types that carry an
     * offset. A {@code LocalDateTime} is ambiguous in a daylight-saving fall-back hour (the earlier offset is
     * taken): prefer {@code Instant} or {@code OffsetDateTime}.
     *
     * <pre>{@code
     * @LastModified(zone = "Europe/Paris") LocalDateTime changedAt;
     * }</pre>
     *
     * @return the zone id
     */
    String zone() default "";
}
