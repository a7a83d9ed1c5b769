package io.precondition.micronaut.netty;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.precondition.micronaut.PreconditionConfiguration;
import jakarta.inject.Singleton;

/**
 * Gives content-coded responses their own strong entity tag (RFC 9110 §8.8.3, see {@link CodedETags}). Micronaut's
 * Netty server decides on compression (Accept-Encoding, {@code micronaut.server.netty.compression-threshold}, a
 * text-based Content-Type) only when it writes the response, after every filter; so the tag is rewritten at that
 * point, by a handler between the HTTP codec and Micronaut's handler that sees each outgoing HTTP/1.1 response head
 * with its final {@code Content-Encoding}. It also adds {@code Vary: Accept-Encoding} to those responses. Only the
 * tags that Precondition set are coded ({@link LibraryETag}); HTTP/2 is handled by
 * {@link CodedETagCompressionStrategy}.
 * Off with {@code precondition.coded-etags=false}.
 */
@Singleton
@Requires(classes = NettyServerCustomizer.class)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
@Requires(property = PreconditionConfiguration.PREFIX + ".coded-etags", notEquals = "false")
class CodedETagChannelCustomizer implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** The handler's name in the stream pipeline. */
    static final String HANDLER_NAME = "precondition-coded-etags";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(StreamPipelineHandler.of(HANDLER_NAME, Rewriter.INSTANCE));
        return registry;
    }

    /** Rewrites the ETag of a content-coded response head. */
    @ChannelHandler.Sharable
    static final class Rewriter extends ChannelOutboundHandlerAdapter {
        static final Rewriter INSTANCE = new Rewriter();

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response) {
                HttpHeaders headers = response.headers();
                String etag = libraryETag(headers);
                String coding = headers.get(HttpHeaderNames.CONTENT_ENCODING);
                if (etag != null && coding != null) {
                    String coded = CodedETags.code(etag, coding);
                    if (!coded.equals(etag)) {
                        headers.set(HttpHeaderNames.ETAG, coded);
                        addVary(headers);
                    }
                }
            }
            super.write(ctx, msg, promise);
        }

        /**
         * @return the ETag when Precondition set it (a {@link LibraryETag}), else {@code null}: an application's own
         *     tag is left as it is, since its own conditional handling would not know the coding suffix
         */
        private static String libraryETag(HttpHeaders headers) {
            java.util.Iterator<? extends CharSequence> tags = headers.valueCharSequenceIterator(HttpHeaderNames.ETAG);
            if (tags.hasNext() && tags.next() instanceof LibraryETag tag && !tags.hasNext()) {
                return tag.value();
            }
            return null;
        }

        private static void addVary(HttpHeaders headers) {
            for (String vary : headers.getAll(HttpHeaderNames.VARY)) {
                for (String name : vary.split(",")) {
                    String n = name.trim();
                    if (n.equals("*") || n.equalsIgnoreCase("Accept-Encoding")) {
                        return;
                    }
                }
            }
            headers.add(HttpHeaderNames.VARY, "Accept-Encoding");
        }
    }
}
