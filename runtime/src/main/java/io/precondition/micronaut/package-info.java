/**
 * The Micronaut side of Precondition: what the generated filters call, the configuration, the
 * {@link io.precondition.micronaut.CheckedState} argument and the mapping of write conflicts to 412.
 */
package io.precondition.micronaut;
