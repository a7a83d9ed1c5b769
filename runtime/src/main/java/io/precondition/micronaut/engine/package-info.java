/**
 * The engine: one server filter for the whole application that finds a request's
 * {@link io.precondition.micronaut.binding.HandlerBinding} by its route ({@link io.precondition.micronaut.engine.BindingTable})
 * and runs the request and response phases around the handler. Every decision of {@code io.precondition.http}'s
 * evaluator is turned into a response here. Not an API for applications.
 */
@Internal
package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Internal;
