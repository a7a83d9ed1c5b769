package io.precondition.client;

import java.util.Optional;

import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.filter.ClientFilterChain;
import io.micronaut.http.filter.HttpClientFilter;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The client half's one entry point: a client filter that acts on requests made by declarative {@code @Client}
 * methods only. It finds the method from the request attribute {@link HttpAttributes#INVOCATION_CONTEXT} (set by
 * Micronaut's {@code HttpClientIntroductionAdvice}) and reads its compile-time annotation metadata:
 * <ul>
 *   <li>a GET with {@code @Versioned} goes through the client's private store ({@link RevalidatingReads});</li>
 *   <li>an unsafe request gets the caller's precondition when {@code @ConditionalWrite}, and invalidates the store on
 *       success ({@link GuardedWrites});</li>
 *   <li>any other request of a declarative client only has its 412 / 428 typed ({@link ErrorAnswers}).</li>
 * </ul>
 * Requests of the low-level {@code HttpClient} API are passed on untouched.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
@Requires(property = PreconditionClientConfiguration.PREFIX + ".enabled", notEquals = "false")
final class ConditionalClientFilter implements HttpClientFilter {

    private final ResponseStores stores;
    private final RevalidatingReads reads;
    private final GuardedWrites writes;
    private final ErrorAnswers errors;

    ConditionalClientFilter(ResponseStores stores, RevalidatingReads reads, GuardedWrites writes, ErrorAnswers errors) {
        this.stores = stores;
        this.reads = reads;
        this.writes = writes;
        this.errors = errors;
    }

    @Override
    public Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        @SuppressWarnings("rawtypes")
        Optional<MethodInvocationContext> invocation =
                request.getAttribute(HttpAttributes.INVOCATION_CONTEXT, MethodInvocationContext.class);
        if (invocation.isEmpty()) {
            return chain.proceed(request);
        }
        MethodInvocationContext<?, ?> context = invocation.get();
        ClientMethod method = ClientMethod.of(context);
        // One store per client bean: the target is the client's generated implementation.
        ResponseStore store = stores.of(context.getTarget().getClass().getName());
        HttpMethod httpMethod = request.getMethod();
        if (httpMethod == HttpMethod.GET && method.versionedRead()) {
            return reads.read(request, chain, context, method, store);
        }
        if (!isSafe(httpMethod)) {
            return writes.write(request, chain, method, store);
        }
        return Mono.from(chain.proceed(request)).onErrorMap(errors::translate);
    }

    @Override
    public int getOrder() {
        // Outside the application's own filters, so that it sees the request as they complete it.
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }

    private static boolean isSafe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.TRACE;
    }
}
