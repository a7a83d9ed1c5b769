package io.precondition.micronaut.engine;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.failure.GuardedFailures;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The response phase of a handler whose body is a stream of several values ({@code Flux<T>}, {@code Publisher<T>},
 * also inside {@code HttpResponse}). An entity tag validates the whole representation (RFC 9110 §8.8.3), so the
 * stream is collected first, at most {@code precondition.max-stream-elements}, and the list is answered as a
 * {@code List<T>} body would be. A longer stream has no validators: it is sent as it would be without Precondition,
 * the collected elements first and then the rest of the same subscription; only an {@code If-Match} listing tags is
 * answered 412 then (a representation without an entity tag matches none, §13.1.1). A stream that fails makes the
 * stage fail, so the application's error handling answers, unless the failure is Precondition's to answer.
 */
final class StreamPhase {

    private final ResponsePhase responses;
    private final Answers answers;
    private final ConditionalHeaders headers;
    private final GuardedFailures failures;
    private final int maxElements;

    StreamPhase(ResponsePhase responses, Answers answers, ConditionalHeaders headers, GuardedFailures failures,
                int maxElements) {
        this.responses = responses;
        this.answers = answers;
        this.headers = headers;
        this.failures = failures;
        this.maxElements = maxElements;
    }

    CompletionStage<MutableHttpResponse<?>> answer(HttpRequest<?> request, RequestState state,
                                                   MutableHttpResponse<?> response) {
        HandlerPolicy policy = state.binding().policy();
        Object body = ResponsePhase.bodyOf(response);
        if (!(body instanceof Publisher<?> stream) || !ResponsePhase.isSuccess(response)) {
            // No stream to validate (e.g. HttpResponse.notFound()): the response goes as the handler made it.
            MutableHttpResponse<?> failed = failures.replace(request, response);
            return CompletableFuture.completedFuture(failed != null ? answers.told(request, policy, failed) : response);
        }
        return BoundedStreamCollector.collect(stream, maxElements).<MutableHttpResponse<?>>thenApply(collected ->
                collected.whole() ? whole(request, state, response, collected.elements())
                        : unvalidated(request, state, response, collected)
        ).exceptionally(failure -> {
            // Micronaut would not run this filter again for the error response.
            MutableHttpResponse<?> answer = failures.answer(request, failure);
            if (answer == null) {
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            return answers.told(request, policy, answer);
        });
    }

    private MutableHttpResponse<?> whole(HttpRequest<?> request, RequestState state, MutableHttpResponse<?> response,
                                         List<Object> elements) {
        HandlerBinding binding = state.binding();
        MutableHttpResponse<?> withList = request.getMethod() == HttpMethod.HEAD ? response : response.body(elements);
        Validators validators = binding.validatorsOfBody(elements);
        return binding.policy().isWrite()
                ? responses.afterWrite(request, state, withList, validators)
                : responses.afterRead(request, state, withList, validators);
    }

    private MutableHttpResponse<?> unvalidated(HttpRequest<?> request, RequestState state,
                                               MutableHttpResponse<?> response,
                                               BoundedStreamCollector.Collected collected) {
        HandlerPolicy policy = state.binding().policy();
        if (!policy.isWrite()) {
            Conditionals conditionals = headers.of(request, state);
            Validators none = Validators.of(null, null);
            if (PreconditionEvaluator.evaluate(true, conditionals, none) == Decision.PRECONDITION_FAILED) {
                collected.collector().cancel();
                return answers.told(request, policy,
                        answers.responses().preconditionFailed(request, conditionals, none));
            }
        }
        if (request.getMethod() == HttpMethod.HEAD) {
            // No body is sent for HEAD: the rest of the stream is not needed.
            collected.collector().cancel();
            return response;
        }
        MutableHttpResponse<?> streamed = response.body(collected.all());
        return policy.isWrite() ? responses.afterWrite(request, state, streamed, null) : streamed;
    }
}
