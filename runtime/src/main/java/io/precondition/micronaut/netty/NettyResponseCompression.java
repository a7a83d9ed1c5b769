package io.precondition.micronaut.netty;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.precondition.micronaut.engine.ResponseCompression;
import jakarta.inject.Singleton;

/** Micronaut's Netty server compresses bodies when its {@link HttpCompressionStrategy} is enabled. */
@Singleton
@Requires(classes = HttpCompressionStrategy.class)
@Requires(beans = HttpCompressionStrategy.class)
class NettyResponseCompression implements ResponseCompression {

    private final boolean enabled;

    /** @param strategy the server's compression strategy */
    NettyResponseCompression(HttpCompressionStrategy strategy) {
        this.enabled = strategy.isEnabled();
    }

    @Override
    public boolean mayCompress() {
        return enabled;
    }
}
