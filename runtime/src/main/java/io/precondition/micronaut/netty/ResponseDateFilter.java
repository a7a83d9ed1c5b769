package io.precondition.micronaut.netty;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpVersion;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.precondition.micronaut.PreconditionConfiguration;

/**
 * Sets {@code Date} from {@link ResponseDate} on every response that passes Micronaut's filters (RFC 9110 §6.6.1,
 * §5.6.7), for HTTP/2 above all: Micronaut writes an HTTP/2 response as frames straight from its own handler, so
 * those never pass the HTTP/1.1 handler of {@link DateHeaderChannelCustomizer}, and Micronaut only adds its own
 * {@code Date} (one-digit day on days 1-9) where none is set. Ordered first, so that its response phase also sees the
 * answers of every later filter (304, 412, 428, 431). HTTP/1.x responses are left to the channel handler, which
 * also covers what no filter sees (Netty's own refusals), so that no request sets the field twice.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "micronaut.server.date-header", notEquals = "false")
@Requires(property = PreconditionConfiguration.PREFIX + ".date-header", notEquals = "false")
class ResponseDateFilter implements Ordered {

    private final ResponseDate date;

    /**
     * @param date the server's clock
     */
    ResponseDateFilter(ResponseDate date) {
        this.date = date;
    }

    /**
     * @param request the request
     * @param response its response
     */
    @ResponseFilter
    public void stampDate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHttpVersion() == HttpVersion.HTTP_2_0 && response.code() >= 200) {
            response.getHeaders().set(HttpHeaders.DATE, date.httpDate());
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
