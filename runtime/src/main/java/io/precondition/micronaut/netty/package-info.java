/**
 * The parts that work below Micronaut's filters, where Netty writes the response: {@code Date} as an IMF-fixdate on
 * every response ({@link io.precondition.micronaut.netty.ResponseDate}, the server's clock), and content-coded entity
 * tags ({@code "X+gzip"}, RFC 9110 §8.8.3; {@link io.precondition.micronaut.netty.CodedETags}), set once Netty has
 * decided the coding. Internal to Precondition, except {@link io.precondition.micronaut.netty.StreamPipelineHandler},
 * which an application may use to put a Netty handler of its own in the same place.
 */
package io.precondition.micronaut.netty;
