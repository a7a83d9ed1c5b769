package io.precondition.micronaut.engine;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.server.HttpServerConfiguration;
import io.precondition.micronaut.PreconditionConfiguration;
import io.precondition.micronaut.PreconditionResponses;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.failure.GuardedFailures;
import io.precondition.micronaut.netty.ResponseDate;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Conditional request handling (RFC 9110 §13) for every guarded route of the application, driven by the route's
 * {@link HandlerBinding}: the request phase (preconditions before the handler, with the lookup), the handler, then
 * the response phase (validators on its 2xx, or 304 / 412 in its place). A route without a binding passes through
 * untouched: {@link #filter} costs it one map access.
 */
@Singleton
@Internal
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
public class PreconditionEngine {

    private final BindingTable table;
    private final RequestPhase requestPhase;
    private final ResponsePhase responsePhase;
    private final StreamPhase streamPhase;

    /**
     * @param table the bindings by route
     * @param configuration the settings
     * @param responses builds the 304, 404, 412 and 428 responses
     * @param conversionService converts route variables to the lookup's parameter types
     * @param server the server's settings: maximum request size, thread selection
     * @param outcomes told of every response the engine answers
     * @param date the server's clock, which bounds {@code Last-Modified} by the response's {@code Date}
     * @param failures answers the failures of guarded handlers and their lookups
     * @param compression whether the server may compress bodies ({@code null}: it does not)
     */
    public PreconditionEngine(BindingTable table, PreconditionConfiguration configuration,
                              PreconditionResponses responses, ConversionService conversionService,
                              HttpServerConfiguration server, PreconditionOutcomes outcomes, ResponseDate date,
                              GuardedFailures failures, @Nullable ResponseCompression compression) {
        this.table = table;
        Answers answers = new Answers(configuration, responses, outcomes, date,
                compression != null && compression.mayCompress());
        ConditionalHeaders headers = new ConditionalHeaders(configuration.listLimits(), configuration.isCodedEtags());
        LookupRunner lookups = new LookupRunner(conversionService, server.getThreadSelection());
        this.requestPhase = new RequestPhase(answers, headers, lookups, failures, server.getMaxRequestSize(),
                configuration.isRequireGuard());
        this.responsePhase = new ResponsePhase(answers, headers, lookups, failures,
                new CachingMismatch(configuration.getCacheControl()));
        this.streamPhase = new StreamPhase(responsePhase, answers, headers, failures,
                configuration.getMaxStreamElements());
    }

    /**
     * @param request the request
     * @param continuation the rest of the chain, the handler included
     * @return the response: Precondition's answer, or the handler's with its validators
     */
    public Publisher<HttpResponse<?>> filter(HttpRequest<?> request,
                                             FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        HandlerBinding binding = table.bindingOf(request);
        if (binding == null || (!binding.policy().isWrite() && !isRead(request.getMethod()))) {
            return continuation.proceed();
        }
        RequestState state = RequestState.start(request, binding);
        return AnswerOrProceed.of(requestPhase.answer(request, state),
                () -> afterHandler(request, state, continuation.proceed()));
    }

    private Publisher<HttpResponse<?>> afterHandler(HttpRequest<?> request, RequestState state,
                                                    Publisher<HttpResponse<?>> handled) {
        HandlerBinding binding = state.binding();
        if (binding.bodyKind() != HandlerBinding.BodyKind.STREAM && !binding.claimsIfMatch()) {
            return Publishers.map(handled, response -> responsePhase.answer(request, state, mutable(response)));
        }
        return Mono.from(handled).flatMap(response -> {
            MutableHttpResponse<?> mutable = mutable(response);
            if (responsePhase.needsRecheck(state, mutable)) {
                return Mono.fromCompletionStage(responsePhase.recheck(request, state, mutable));
            }
            if (binding.bodyKind() == HandlerBinding.BodyKind.STREAM) {
                return Mono.fromCompletionStage(streamPhase.answer(request, state, mutable));
            }
            return Mono.just(responsePhase.answer(request, state, mutable));
        });
    }

    private static MutableHttpResponse<?> mutable(HttpResponse<?> response) {
        return response instanceof MutableHttpResponse<?> mutable ? mutable : response.toMutableResponse();
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
