package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/** Stands in for micronaut-security: in the SECURITY phase, answers 401 to requests with {@code X-Deny}. */
@ServerFilter("/it/**")
@Requires(property = "it.deny-filter", value = "true")
public class DenyFilter implements Ordered {

    @RequestFilter
    public @Nullable HttpResponse<?> deny(HttpRequest<?> request) {
        return request.getHeaders().contains("X-Deny") ? HttpResponse.status(HttpStatus.UNAUTHORIZED) : null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
