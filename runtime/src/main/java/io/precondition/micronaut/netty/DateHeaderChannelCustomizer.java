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
import io.netty.handler.codec.http.HttpResponse;
import io.precondition.micronaut.PreconditionConfiguration;
import jakarta.inject.Singleton;

/**
 * Writes {@code Date} as an IMF-fixdate on every HTTP/1.1 response of the server (RFC 9110 §6.6.1, §5.6.7).
 * Micronaut writes {@code Date} from {@code LocalDateTime.now()} with java.time's RFC 1123 formatter: a one-digit day on
 * days 1-9, which is not an IMF-fixdate, an hour off in a daylight-saving fall-back hour, and no {@code Date} at all
 * on responses a filter builds itself (304, 412, 428). So the field is set where every response passes, whoever
 * made it (a handler, a filter, an exception handler, Micronaut's own 404 / 405 / 413 / 431), HEAD and compressed
 * responses included: a handler between the HTTP codec and Micronaut's own, seeing each outgoing response head.
 * 1xx responses are left as they are (a {@code Date} is optional there).
 *
 * <p>Off with {@code precondition.date-header=false}; never on when Micronaut's own {@code Date} is off
 * ({@code micronaut.server.date-header=false}).
 */
@Singleton
@Requires(classes = NettyServerCustomizer.class)
@Requires(property = "micronaut.server.date-header", notEquals = "false")
@Requires(property = PreconditionConfiguration.PREFIX + ".date-header", notEquals = "false")
class DateHeaderChannelCustomizer implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** The handler's name in the stream pipeline. */
    static final String HANDLER_NAME = "precondition-date";

    private final DateWriter writer;

    /**
     * @param date the server's clock
     */
    DateHeaderChannelCustomizer(ResponseDate date) {
        this.writer = new DateWriter(date);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(StreamPipelineHandler.of(HANDLER_NAME, writer));
        return registry;
    }

    /** Sets the {@code Date} of each outgoing non-1xx response head. */
    @ChannelHandler.Sharable
    static final class DateWriter extends ChannelOutboundHandlerAdapter {
        private final ResponseDate date;

        DateWriter(ResponseDate date) {
            this.date = date;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response && response.status().code() >= 200) {
                response.headers().set(HttpHeaderNames.DATE, date.httpDate());
            }
            super.write(ctx, msg, promise);
        }
    }
}
