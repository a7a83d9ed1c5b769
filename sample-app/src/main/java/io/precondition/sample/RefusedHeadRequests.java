package io.precondition.sample;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.precondition.micronaut.netty.StreamPipelineHandler;
import jakarta.inject.Singleton;

/**
 * Answers a HEAD whose header section is over {@code micronaut.server.netty.max-header-size} as the same GET is
 * answered: 431 (RFC 6585 §5, see {@link ProblemDetailsErrorResponses}) with GET's header fields and no content
 * (RFC 9110 §9.3.2).
 *
 * <p>Micronaut 4.10 answers a request refused by Netty's decoder through its error-response processor, except for
 * HEAD, which gets a bare 413. So such a HEAD is handed on to Micronaut as a GET. Netty's HTTP codec recorded the
 * method when it decoded the request, and still sends the response to a HEAD without its content.
 */
@Singleton
@Requires(classes = NettyServerCustomizer.class)
public class RefusedHeadRequests implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER_NAME = "wiki-refused-head";
    private static final HeadAsGet HEAD_AS_GET = new HeadAsGet();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(StreamPipelineHandler.of(HANDLER_NAME, HEAD_AS_GET));
        return event.getBean();
    }

    /** Turns a HEAD that the decoder refused for its header size into a GET for Micronaut's error handling. */
    @ChannelHandler.Sharable
    static final class HeadAsGet extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && HttpMethod.HEAD.equals(request.method())
                    && request.decoderResult().cause() instanceof TooLongHttpHeaderException) {
                request.setMethod(HttpMethod.GET);
            }
            ctx.fireChannelRead(msg);
        }
    }
}
