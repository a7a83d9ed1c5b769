/**
 * The Micronaut side of Precondition that applications see and configure: the {@link
 * io.precondition.micronaut.CheckedState} argument, {@link io.precondition.micronaut.PreconditionConfiguration},
 * outcome listeners and write-conflict recognizers; the answers to failures of guarded handlers (412 for a lost write,
 * 503 for an unreachable database); and the Netty-level parts ({@code Date} on every response, content-coded
 * {@code ETag}s). What generated code builds is in {@code .binding}, the engine that runs it in {@code .engine}.
 */
package io.precondition.micronaut;
