package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Internal;

/**
 * Whether the server may compress a response body, so that a versioned response must say it varies by
 * {@code Accept-Encoding} (RFC 9110 §12.5.5): its 2xx and its 304s alike, whether or not this one was compressed.
 * Netty's server answers it ({@code io.precondition.micronaut.netty}); without that server, bodies are not compressed.
 */
@Internal
@FunctionalInterface
public interface ResponseCompression {

    /** @return whether bodies may be sent content-coded */
    boolean mayCompress();
}
