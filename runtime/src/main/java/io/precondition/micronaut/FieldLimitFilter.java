package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Answers 431 (RFC 6585 §5) to a request for a guarded handler whose If-Match or If-None-Match is over the limits
 * the server evaluates ({@link ConditionalRequestSupport#refuseFieldTooLarge}). It runs just before the generated
 * filters, so that no lookup is made for such a request and a limit never turns into a changed meaning. It costs
 * one header check on other requests.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
public class FieldLimitFilter implements Ordered {

    private final ConditionalRequestSupport support;

    /**
     * @param support decides and builds the 431
     */
    public FieldLimitFilter(ConditionalRequestSupport support) {
        this.support = support;
    }

    /**
     * @param request the request
     * @return 431, or {@code null} to go on
     */
    @RequestFilter
    public @Nullable HttpResponse<?> refuseFieldTooLarge(HttpRequest<?> request) {
        return support.refuseFieldTooLarge(request);
    }

    /** @return one before the generated filters' {@code precondition.filter-order} */
    @Override
    public int getOrder() {
        return support.filterOrder() - 1;
    }
}
