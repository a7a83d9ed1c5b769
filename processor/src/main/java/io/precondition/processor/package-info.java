/** The annotation processor: validates annotated handlers and writes one class of bindings per controller. */
package io.precondition.processor;
