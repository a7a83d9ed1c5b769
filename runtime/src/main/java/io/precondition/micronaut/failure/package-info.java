/**
 * Failure answers: what Precondition answers when a guarded handler, or its lookup, fails and the application has no
 * answer of its own. 412 for a checked write that lost to a concurrent one (an optimistic-lock failure, recognised by
 * the {@link io.precondition.micronaut.WriteConflictRecognizer} beans, or a duplicate key of a checked create) and 503
 * with {@code Retry-After} when the database cannot be reached. The engine asks
 * {@link io.precondition.micronaut.failure.GuardedFailures}; unannotated routes keep Micronaut's answers. Not an API
 * for applications: to recognise another library's conflicts, implement
 * {@link io.precondition.micronaut.WriteConflictRecognizer}.
 */
@Internal
package io.precondition.micronaut.failure;

import io.micronaut.core.annotation.Internal;
