package io.precondition.http;

import java.time.Instant;
import java.util.Optional;

/**
 * Evaluates the preconditions of a request against the current validators, in the order of RFC 9110
 * §13.2.2, and decides whether a write was guarded (RFC 6585 §3). Pure: it reads its arguments and
 * touches no request or response. The decision for entity-tag fields allocates nothing.
 *
 * <p>Not covered here, left to the caller: §13.2.1 (preconditions are ignored when the request would fail
 * without them, or when the server is not the origin), and the §13.2.2 allowance to answer a 2xx instead of
 * 412 when a state-changing request is known to have already succeeded.
 */
public final class PreconditionEvaluator {

    private PreconditionEvaluator() {
    }

    /**
     * Evaluates the preconditions, RFC 9110 §13.2.2 steps 1-5.
     *
     * @param getOrHead true if the method is GET or HEAD
     * @param request   the request's precondition fields
     * @param current   the current validators, or {@link Validators#ABSENT}
     * @return {@link Decision#PROCEED}, {@link Decision#NOT_MODIFIED} (only for GET and HEAD),
     *     {@link Decision#PRECONDITION_FAILED}, or {@link Decision#FIELD_TOO_LARGE}
     */
    public static Decision evaluate(boolean getOrHead, Conditionals request, Validators current) {
        if (request.isEmpty()) {
            return Decision.PROCEED;
        }
        // A field over its limits is not evaluated at all (RFC 6585 §5): reading it as malformed would change its
        // meaning (an If-None-Match listing the current tag would match nothing).
        if (request.fieldTooLarge().isPresent()) {
            return Decision.FIELD_TOO_LARGE;
        }
        // Step 1: If-Match present -> evaluate it; false -> 412.
        Condition ifMatch = ifMatch(request.ifMatch(), current);
        if (ifMatch == Condition.FALSE) {
            return Decision.PRECONDITION_FAILED;
        }
        // Step 2: If-Match absent and If-Unmodified-Since present -> evaluate it; false -> 412.
        if (ifMatch == Condition.NONE && ifUnmodifiedSince(request.ifUnmodifiedSince(), current) == Condition.FALSE) {
            return Decision.PRECONDITION_FAILED;
        }
        // Step 3: If-None-Match present -> evaluate it; false -> 304 for GET/HEAD, else 412.
        Condition ifNoneMatch = ifNoneMatch(request.ifNoneMatch(), current);
        if (ifNoneMatch == Condition.FALSE) {
            return getOrHead ? Decision.NOT_MODIFIED : Decision.PRECONDITION_FAILED;
        }
        // Step 4: GET/HEAD, If-None-Match absent, If-Modified-Since present -> evaluate it; false -> 304.
        if (ifNoneMatch == Condition.NONE && getOrHead
            && ifModifiedSince(request.ifModifiedSince(), current) == Condition.FALSE) {
            return Decision.NOT_MODIFIED;
        }
        // Step 5: perform the method.
        return Decision.PROCEED;
    }

    /**
     * Tells whether a write is guarded, the policy for 428 (RFC 6585 §3): on an existing resource, If-Match
     * in any form (even malformed, which fails anyway) or a valid If-Unmodified-Since that can be evaluated
     * (the resource has a last-modification date); on an absent resource, If-Match (which fails anyway) or
     * {@code If-None-Match: *} (create only if absent).
     *
     * @param request the request's precondition fields
     * @param current the current validators, or {@link Validators#ABSENT}
     * @return true if the write is guarded against lost updates
     */
    public static boolean hasGuard(Conditionals request, Validators current) {
        if (request.ifMatch().isPresent()) {
            return true;
        }
        if (current.exists()) {
            return current.lastModifiedOrNull() != null && request.ifUnmodifiedSince().isPresent();
        }
        return request.ifNoneMatch().isAny();
    }

    /**
     * Evaluates the preconditions of a write (any method other than GET and HEAD): first §13.2.2, and a
     * failure there (412) wins; then, if {@code requireGuard}, {@link #hasGuard} (428).
     *
     * @param request      the request's precondition fields
     * @param current      the current validators, or {@link Validators#ABSENT}
     * @param requireGuard true to answer 428 to an unguarded write
     * @return {@link Decision#PROCEED}, {@link Decision#PRECONDITION_FAILED},
     *     {@link Decision#PRECONDITION_REQUIRED} or {@link Decision#FIELD_TOO_LARGE}
     */
    public static Decision evaluateWrite(Conditionals request, Validators current, boolean requireGuard) {
        Decision decision = evaluate(false, request, current);
        if (decision != Decision.PROCEED) {
            return decision;
        }
        return requireGuard && !hasGuard(request, current) ? Decision.PRECONDITION_REQUIRED : Decision.PROCEED;
    }

    /**
     * If-Match, §13.1.1: {@code *} is true iff the resource exists; a list is true iff the resource exists
     * and one of its tags strong-matches the current entity tag; a malformed field is false.
     */
    static Condition ifMatch(EntityTagList field, Validators current) {
        if (!field.isPresent()) {
            return Condition.NONE;
        }
        int flags = field.match(current.etagOrNull());
        if ((flags & TagScanner.MALFORMED) != 0) {
            return Condition.FALSE; // fail closed: a malformed If-Match never lets a write through
        }
        if ((flags & TagScanner.ANY) != 0) {
            return Condition.of(current.exists());
        }
        return Condition.of(current.exists() && (flags & TagScanner.STRONG_MATCH) != 0);
    }

    /**
     * If-Unmodified-Since, §13.1.4: false iff the last-modification date is later than the field's date.
     * Ignored when invalid or when there is no modification date (also for an absent resource).
     */
    static Condition ifUnmodifiedSince(Optional<Instant> date, Validators current) {
        Instant lastModified = current.lastModifiedOrNull();
        if (date.isEmpty() || lastModified == null) {
            return Condition.NONE;
        }
        return Condition.of(!lastModified.isAfter(date.get()));
    }

    /**
     * If-None-Match, §13.1.2: {@code *} is false iff the resource exists; a list is false iff the resource
     * exists and one of its tags weak-matches the current entity tag; a malformed field matches nothing, so
     * it is true (and still counts as present, so If-Modified-Since stays ignored).
     */
    static Condition ifNoneMatch(EntityTagList field, Validators current) {
        if (!field.isPresent()) {
            return Condition.NONE;
        }
        int flags = field.match(current.etagOrNull());
        if ((flags & TagScanner.MALFORMED) != 0) {
            return Condition.TRUE;
        }
        if ((flags & TagScanner.ANY) != 0) {
            return Condition.of(!current.exists());
        }
        return Condition.of(!(current.exists() && (flags & TagScanner.WEAK_MATCH) != 0));
    }

    /**
     * If-Modified-Since, §13.1.3: false iff the last-modification date is earlier than or equal to the
     * field's date. Ignored when invalid or when there is no modification date. (The caller ignores it for
     * methods other than GET and HEAD and when If-None-Match is present.)
     */
    static Condition ifModifiedSince(Optional<Instant> date, Validators current) {
        Instant lastModified = current.lastModifiedOrNull();
        if (date.isEmpty() || lastModified == null) {
            return Condition.NONE;
        }
        return Condition.of(lastModified.isAfter(date.get()));
    }
}
