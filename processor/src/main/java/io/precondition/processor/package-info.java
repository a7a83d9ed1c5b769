/** The annotation processor: validates annotated handlers and writes one filter class per controller. */
package io.precondition.processor;
