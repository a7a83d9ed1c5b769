package io.precondition.micronaut.netty;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.precondition.micronaut.PreconditionConfiguration;
import jakarta.inject.Singleton;

import java.util.Iterator;

/**
 * Keeps HTTP/2 responses with a strong tag of Precondition's in the identity coding. Micronaut's HTTP/2 handler
 * compresses and turns the headers into HTTP/2 frames in one step, with no channel handler in between that could give
 * a content-coded body its own tag ({@link CodedETagChannelCustomizer} does that for HTTP/1.1): a gzip body would
 * then carry the identity body's strong tag, which RFC 9110 §8.8.3 forbids, and a shared cache could serve it to a
 * client that never asked for gzip. So such a response is sent uncompressed, with its tag as it is; every other
 * response is decided by Micronaut's own strategy, unchanged.
 */
@Singleton
@Requires(classes = HttpCompressionStrategy.class)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
@Requires(property = PreconditionConfiguration.PREFIX + ".coded-etags", notEquals = "false")
class CodedETagCompressionStrategy implements BeanCreatedEventListener<HttpCompressionStrategy> {

    @Override
    public HttpCompressionStrategy onCreated(BeanCreatedEvent<HttpCompressionStrategy> event) {
        return new IdentityForLibraryTags(event.getBean());
    }

    /** Micronaut's strategy, except for responses whose {@link LibraryETag} must not be coded. */
    private record IdentityForLibraryTags(HttpCompressionStrategy delegate) implements HttpCompressionStrategy {

        @Override
        public boolean shouldCompress(HttpResponse response) {
            Iterator<? extends CharSequence> tags = response.headers().valueCharSequenceIterator(HttpHeaderNames.ETAG);
            while (tags.hasNext()) {
                if (tags.next() instanceof LibraryETag tag && tag.identityOnly()) {
                    return false;
                }
            }
            return delegate.shouldCompress(response);
        }

        @Override
        public boolean isEnabled() {
            return delegate.isEnabled();
        }

        @Override
        public int getCompressionLevel() {
            return delegate.getCompressionLevel();
        }

        @Override
        public int getMaxZstdEncodeSize() {
            return delegate.getMaxZstdEncodeSize();
        }
    }
}
