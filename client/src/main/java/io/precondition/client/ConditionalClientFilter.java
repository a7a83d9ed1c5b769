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
 * The client half's one entry point: a client filter that acts on requests made by the declarative {@code @Client}
 * interfaces that use Precondition only ({@link PreconditionClients}: at least one method with {@code @Versioned} or
 * {@code @ConditionalWrite}). It finds the method from the request attribute {@link HttpAttributes#INVOCATION_CONTEXT}
 * (set by Micronaut's {@code HttpClientIntroductionAdvice}) and reads its compile-time annotation metadata:
 * <ul>
 *   <li>a GET with {@code @Versioned} goes through the client's private store ({@link RevalidatingReads});</li>
 *   <li>an unsafe request gets the caller's precondition when {@code @ConditionalWrite}, and invalidates the store on
 *       success ({@link GuardedWrites});</li>
 *   <li>any other request of such a client only has its 412 / 428 typed ({@link ErrorAnswers}).</li>
 * </ul>
 * Everything else is passed on untouched, request and response: calls of the low-level {@code HttpClient} API (no
 * invocation context) and of declarative clients with no Precondition annotation. Micronaut applies an
 * {@code HttpClientFilter} bean without {@code @Filter} patterns, service ids or a {@code FilterMatcher} to every
 * HTTP client of the application, declarative or not (hence these early returns), and never to the server's
 * requests: the server's filter routes come from {@code @Filter} beans that are not client filters and from
 * {@code @ServerFilter} beans only.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
@Requires(property = PreconditionClientConfiguration.PREFIX + ".enabled", notEquals = "false")
final class ConditionalClientFilter implements HttpClientFilter {

    private final PreconditionClients clients;
    private final ClientMethods methods;
    private final ResponseStores stores;
    private final RevalidatingReads reads;
    private final GuardedWrites writes;
    private final ErrorAnswers errors;

    ConditionalClientFilter(PreconditionClients clients, ClientMethods methods, ResponseStores stores,
                            RevalidatingReads reads, GuardedWrites writes, ErrorAnswers errors) {
        this.clients = clients;
        this.methods = methods;
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
            return chain.proceed(request); // the low-level HttpClient API
        }
        MethodInvocationContext<?, ?> context = invocation.get();
        if (!clients.usePrecondition(context.getTarget())) {
            return chain.proceed(request); // a declarative client with no Precondition annotation
        }
        ClientMethod method = methods.of(context);
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
