/**
 * What the generated code builds: per controller one {@link io.precondition.micronaut.binding.HandlerBindings} bean
 * that lists, per annotated handler, a {@link io.precondition.micronaut.binding.HandlerBinding} (its policy, its
 * lookup as a direct call, the functions that read validators). Data and direct calls only; the engine
 * ({@code io.precondition.micronaut.engine}) holds every decision. Not an API for applications.
 */
@Internal
package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;
