/**
 * The annotations that switch on HTTP conditional requests (RFC 9110 §13) for Micronaut controller methods.
 * This package uses JDK types only.
 */
package io.precondition.annotation;
