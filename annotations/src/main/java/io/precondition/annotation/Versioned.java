package io.precondition.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a GET handler answer conditional requests (RFC 9110 §13): the response carries {@code ETag} and
 * {@code Last-Modified} taken from the returned value, {@code If-None-Match} / {@code If-Modified-Since}
 * answer 304 without serialising the body, and a failing {@code If-Match} / {@code If-Unmodified-Since}
 * answers 412. HEAD requests behave like GET without a body.
 *
 * <pre>{@code
 * @Get("/pages/{slug}")
 * @Versioned(lookup = "pageVersion")
 * Optional<Page> get(String slug) { ... }
 *
 * Optional<PageVersion> pageVersion(String slug) { ... }   // one small query, no body column
 * }</pre>
 *
 * <p>On a controller class it applies to every GET handler of that class, and its {@link #lookup()} is the
 * default lookup of the class's {@link ConditionalWrite} handlers.
 *
 * <p>The validators come from the returned type (or, for a collection, from its elements): a property marked
 * {@link ETagSource} (several make one composite tag), else Micronaut Data's {@code @Version}; a property marked
 * {@link LastModified}, else Micronaut Data's {@code @DateUpdated}. The annotation processor checks all of this at
 * compile time and writes direct getter calls; nothing is looked up by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Versioned {

    /**
     * The name of a method of the same controller that returns the current validators of the resource without
     * loading it whole, for example {@code "pageVersion"}. It is called before the handler with the route's
     * variables bound by parameter name, and returns {@code Optional<V>} (empty: the resource does not exist) or
     * a nullable {@code V}, where {@code V} has {@link ETagSource} / {@link LastModified} (or {@code @Version} /
     * {@code @DateUpdated}) properties that give the same validators as the handler's return type.
     *
     * <p>With a lookup, a 304 or 412 costs one small query and never runs the handler. Without one (the default,
     * {@code ""}), the handler runs and the decision is made on the value it returns.
     *
     * @return the lookup method's name, or {@code ""} for none
     */
    String lookup() default "";

    /**
     * The {@code Cache-Control} of this handler's responses, for example {@code "max-age=60"}: set on its 2xx when
     * the handler sets none, and on every 304, also on one decided by the lookup before the handler runs, so that a
     * cache refreshes the response it holds with the same directives (RFC 9110 §15.4.5, RFC 9111 §4.3.4). Declare
     * here what the handler sends. On a method it wins over the controller's. Default {@code ""}: the setting
     * {@code precondition.cache-control} (a 304 decided after the handler copies the handler's own).
     *
     * <pre>{@code
     * @Get("/pages/{slug}") @Versioned(lookup = "pageVersion", cacheControl = "max-age=60", vary = "Accept-Language")
     * }</pre>
     *
     * @return the Cache-Control field value, or {@code ""} for the configured one
     */
    String cacheControl() default "";

    /**
     * The request header fields this handler's representation depends on, sent as {@code Vary} on its 2xx (when the
     * handler sets none) and on every 304, also on one decided by the lookup (RFC 9110 §12.5.5, §15.4.5), for example
     * {@code {"Accept-Language"}}. On a method it wins over the controller's. Default: none.
     *
     * @return the field names
     */
    String[] vary() default {};
}
