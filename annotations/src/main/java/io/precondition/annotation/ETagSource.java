package io.precondition.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property whose value makes (part of) the strong entity tag of the enclosing type (RFC 9110 §8.8.3).
 * Put it on a field, a getter or a record component. Supported types: integral numbers, {@code String},
 * {@code UUID} and {@code byte[]} (a hash). A property of type {@code List}, {@code Iterable} or Micronaut Data
 * {@code Page} whose elements have entity tags gives a weak tag derived from the elements' tags, in order.
 *
 * <p>Several marked properties make one composite tag, in declaration order. Use that to keep tags unique for a
 * URL over time (RFC 9110 §8.8.1): a {@code @Version} alone starts again at 0 when a resource is deleted and
 * created again, so a stale {@code If-Match} would match the new resource; a random id given to each new row plus
 * the version never repeats:
 *
 * <pre>{@code
 * @Id @AutoPopulated @ETagSource UUID id;
 * @Version @ETagSource long version;
 * }</pre>
 *
 * <p>When no property is marked, Micronaut Data's {@code @Version} property is the tag.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ETagSource {
}
