package io.precondition.micronaut.netty;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;

/**
 * Puts one sharable Netty handler just before Micronaut's own inbound handler in every HTTP/1.1 stream pipeline of
 * the server, where it sees each request as the HTTP codec decoded it and each response head before the codec
 * encodes it. Register it from a {@code BeanCreatedEventListener<NettyServerCustomizer.Registry>}.
 */
public final class StreamPipelineHandler implements NettyServerCustomizer {

    private final String name;
    private final ChannelHandler handler;
    private final Channel channel;

    private StreamPipelineHandler(String name, ChannelHandler handler, Channel channel) {
        this.name = name;
        this.handler = handler;
        this.channel = channel;
    }

    /**
     * @param name the handler's name in the pipeline
     * @param handler a handler annotated {@link ChannelHandler.Sharable}: one instance serves every channel
     * @return the customizer to register
     */
    public static StreamPipelineHandler of(String name, ChannelHandler handler) {
        return new StreamPipelineHandler(name, handler, null);
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        return new StreamPipelineHandler(name, handler, channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
        if (channel == null) {
            return;
        }
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null && pipeline.get(name) == null) {
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, name, handler);
        }
    }
}
