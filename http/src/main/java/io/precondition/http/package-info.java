/** The RFC 9110 §13 core: entity tags, HTTP dates and the precondition evaluator. No Micronaut types. */
package io.precondition.http;
