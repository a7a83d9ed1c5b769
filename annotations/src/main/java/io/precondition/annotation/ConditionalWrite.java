package io.precondition.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a PUT, PATCH, DELETE or POST handler against lost updates (RFC 9110 §13, RFC 6585 §3).
 *
 * <p>Before the request body is read, the generated filter calls the {@link #lookup()} method for the resource's
 * current validators and evaluates {@code If-Match}, {@code If-Unmodified-Since} and {@code If-None-Match} in RFC
 * 9110 §13.2.2 order: a failing precondition answers 412, a write that carries no guard answers 428 (see
 * {@link #requireGuard()}). When the preconditions pass, the handler runs and may declare a
 * {@code CheckedState<V>} parameter: the lookup's value that passed the check, whose version the handler hands to
 * the database ({@code UPDATE ... WHERE id = ? AND version = ?}), so that the check and the write are one atomic
 * step. A concurrent writer that wins in between makes the database refuse the write, and the loser gets 412.
 * The response of a successful write carries the new {@code ETag} and {@code Last-Modified} of the returned value.
 *
 * <pre>{@code
 * @Put("/pages/{slug}")
 * @ConditionalWrite(lookup = "pageVersion")
 * HttpResponse<Page> put(String slug, @Body PageInput in, CheckedState<PageVersion> state) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConditionalWrite {

    /**
     * The name of the controller method that returns the resource's current validators; see
     * {@link Versioned#lookup()} for its form. Default {@code ""}: the {@link Versioned#lookup()} of the controller
     * class. One of the two is required, since the preconditions are evaluated before the handler runs.
     *
     * <pre>{@code
     * @Delete("/pages/{slug}") @ConditionalWrite(lookup = "pageVersion")
     * HttpResponse<Void> delete(String slug, CheckedState<PageVersion> state) { ... }
     * }</pre>
     *
     * @return the lookup method's name
     */
    String lookup() default "";

    /**
     * Whether a write without a guard is refused with 428 Precondition Required (RFC 6585 §3). A guard is
     * {@code If-Match} or a valid {@code If-Unmodified-Since} on an existing resource, and {@code If-None-Match: *}
     * on an absent one. Default {@code true}.
     *
     * <pre>{@code
     * @Post("/counters/{id}/increment") @ConditionalWrite(lookup = "counterVersion", requireGuard = false)
     * }</pre>
     *
     * @return whether a guard is required
     */
    boolean requireGuard() default true;

    /**
     * What a request for an absent resource gets. Default {@link Absent#BY_METHOD}: PUT and POST evaluate the
     * preconditions (so {@code If-None-Match: *} may create), PATCH and DELETE answer 404 before the preconditions
     * (RFC 9110 §13.2.1: a request that would fail anyway is not a precondition failure).
     *
     * <pre>{@code
     * @Patch("/pages/{slug}") @ConditionalWrite(lookup = "pageVersion", whenAbsent = Absent.EVALUATE)
     * }</pre>
     *
     * @return the policy for an absent resource
     */
    Absent whenAbsent() default Absent.BY_METHOD;

    /**
     * Whether a request whose only entity-tag condition is one strong {@code If-Match} still calls the lookup.
     * Default {@code true}: every conditional write reads the current state first.
     *
     * <p>With {@code false}, such a request skips the lookup: the handler's {@code CheckedState<V>} holds the state
     * the tag names, read back from the tag (a Last-Modified property of {@code V} is {@code null} then), and the
     * handler's guarded write is the only check: one statement instead of two. When the resource is in another
     * state, or gone, the write changes nothing and the request gets 412, as {@code If-Match} requires (RFC 9110
     * §13.1.1). Requests with other conditions, several tags, or hashed tags still use the lookup, and so does a skipping
     * request that fails on its content (e.g. bad JSON), so that a stale tag still answers 412 rather than 400.
     *
     * <p><b>The write must be keyed by the route and by every part of the tag</b>, for example
     * {@code UPDATE page SET ... WHERE slug = ? AND id = ? AND version = ?}: the lookup is what ties a tag to the
     * request's URI, so without it a write keyed by the tag's id alone would let one page's tag change another.
     * The processor requires a {@code CheckedState<V>} parameter, a record {@code V} made of the tag's parts (and
     * optionally its Last-Modified), and a handler that evaluates an absent resource (PUT, POST, or
     * {@code whenAbsent = EVALUATE}), since a 404 for PATCH and DELETE needs the lookup.
     *
     * <pre>{@code
     * @Put("/pages/{slug}") @ConditionalWrite(lookup = "pageVersion", lookupOnIfMatch = false)
     * }</pre>
     *
     * @return whether a single strong {@code If-Match} is checked against the lookup before the handler runs
     */
    boolean lookupOnIfMatch() default true;

    /**
     * Whether the handler makes its write atomic without a {@code CheckedState<V>} parameter. Default {@code false}:
     * a handler must declare {@code CheckedState<V>} and hand its version to the write
     * ({@code UPDATE ... WHERE id = ? AND version = ?}), or the processor refuses it
     * ({@code [Precondition/UnguardedWrite]}): a write not tied to the checked state is a check-then-write race,
     * in which a write that lands between the lookup and the handler's write is lost.
     *
     * <p>Set {@code true} only when the handler guards the write itself: for example when it re-checks the request's
     * preconditions against the row it locked ({@code SELECT ... FOR UPDATE}) in its own transaction, or when its
     * write cannot lose another (a relative {@code UPDATE counter SET n = n + 1}). Nothing then checks the atomicity
     * for you.
     *
     * <pre>{@code
     * @Post("/counters/{id}/increment")
     * @ConditionalWrite(lookup = "counterVersion", requireGuard = false, guardsWriteItself = true)
     * Counter increment(String id) { return counters.increment(id); } // UPDATE counter SET n = n + 1 WHERE id = ?
     * }</pre>
     *
     * @return whether the handler guards its write itself
     */
    boolean guardsWriteItself() default false;

    /** What a conditional write does when the lookup finds no resource. */
    enum Absent {
        /** PUT and POST: {@link #EVALUATE}; PATCH and DELETE: {@link #NOT_FOUND}. */
        BY_METHOD,
        /** Answer 404 Not Found before the preconditions are evaluated. */
        NOT_FOUND,
        /** Evaluate the preconditions against an absent resource; {@code If-None-Match: *} lets a create through. */
        EVALUATE
    }
}
