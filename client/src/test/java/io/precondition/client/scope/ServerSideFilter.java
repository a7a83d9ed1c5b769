package io.precondition.client.scope;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/** A server filter on the same routes: {@link FilterScopeTest}'s evidence that its look at the server's filters sees them. */
@Filter("/plain/**")
@Requires(property = "filter-scope")
public class ServerSideFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return chain.proceed(request);
    }
}
