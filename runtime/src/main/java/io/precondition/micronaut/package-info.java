/**
 * What an application types, configures or implements: the {@link io.precondition.micronaut.CheckedState} argument
 * of a conditional write, {@link io.precondition.micronaut.PreconditionConfiguration} ({@code precondition.*}),
 * {@link io.precondition.micronaut.PreconditionOutcomeListener} (with
 * {@link io.precondition.micronaut.MicrometerOutcomeCounter}), {@link io.precondition.micronaut.WriteConflictRecognizer}
 * for another persistence library's optimistic-lock failure, and
 * {@link io.precondition.micronaut.PreconditionResponses}, the bean to replace for other wording of 304 / 404 / 412 /
 * 428 / 431. Everything else is internal: {@code .binding} (what generated code builds), {@code .engine} (the one
 * filter that runs it), {@code .failure} (answers to failures of guarded handlers) and {@code .netty} ({@code Date},
 * content-coded tags).
 */
package io.precondition.micronaut;
