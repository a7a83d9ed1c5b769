package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.failure.GuardedFailures;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The response phase of a guarded handler: the validators of what it returned on its 2xx, or 304 / 412 in its place
 * for a read; a write's 2xx gets its new validators and a {@code Content-Location}. A failure of the handler that
 * Precondition answers (a checked write that lost to a concurrent one: 412; the database unreachable: 503) replaces
 * Micronaut's default answer here.
 */
final class ResponsePhase {

    private final Answers answers;
    private final ConditionalHeaders headers;
    private final LookupRunner lookups;
    private final GuardedFailures failures;
    private final CachingMismatch cachingMismatch;

    ResponsePhase(Answers answers, ConditionalHeaders headers, LookupRunner lookups, GuardedFailures failures,
                  CachingMismatch cachingMismatch) {
        this.answers = answers;
        this.headers = headers;
        this.lookups = lookups;
        this.failures = failures;
        this.cachingMismatch = cachingMismatch;
    }

    /** Whether the answer to {@code response} is known only later: a stream to collect, or a precondition to recheck. */
    boolean isAsync(RequestState state, HttpResponse<?> response) {
        return state.binding().bodyKind() == HandlerBinding.BodyKind.STREAM || needsRecheck(state, response);
    }

    /** The response phase of a body that is one value (or none), decided at once. */
    MutableHttpResponse<?> answer(HttpRequest<?> request, RequestState state, MutableHttpResponse<?> response) {
        HandlerBinding binding = state.binding();
        Validators fromBody = binding.bodyKind() == HandlerBinding.BodyKind.NONE ? null
                : binding.validatorsOfBody(bodyOf(response));
        return binding.policy().isWrite()
                ? afterWrite(request, state, response, fromBody) : afterRead(request, state, response, fromBody);
    }

    /**
     * A write that skipped its lookup and then failed for a reason of its own content (a 4xx other than 412 and 428,
     * e.g. 400 for bad JSON) never had its precondition checked against the resource, and RFC 9110 §13.2.1 evaluates
     * preconditions before the content: it is looked up now, and answered 412 when its preconditions fail.
     */
    boolean needsRecheck(RequestState state, HttpResponse<?> response) {
        int status = response.code();
        return state.claimedByIfMatch() && status >= 400 && status < 500
                && status != HttpStatus.PRECONDITION_FAILED.getCode()
                && status != HttpStatus.PRECONDITION_REQUIRED.getCode();
    }

    /** See {@link #needsRecheck}: 412 when the preconditions fail against the current state, else the content's error. */
    CompletionStage<MutableHttpResponse<?>> recheck(HttpRequest<?> request, RequestState state,
                                                    MutableHttpResponse<?> response) {
        HandlerBinding binding = state.binding();
        HandlerPolicy policy = binding.policy();
        return lookups.run(request, binding.lookup()).<MutableHttpResponse<?>>thenApply(value -> {
            Validators current = answers.current(binding.validatorsOfLookup(value));
            Conditionals conditionals = headers.of(request, state);
            if (PreconditionEvaluator.evaluateWrite(conditionals, current, false)
                    != Decision.PRECONDITION_FAILED) {
                return response;
            }
            return answers.told(request, policy, answers.responses().preconditionFailed(request, conditionals, current));
        }).exceptionally(failure -> {
            // The precondition could not be checked, and the request fails anyway: Precondition's answer, else the
            // content's own error.
            MutableHttpResponse<?> answer = failures.answer(request, failure);
            return answer == null ? response : answers.told(request, policy, answer);
        });
    }

    /**
     * A read: evaluates the preconditions against the returned value's validators (or, for a body without any, the
     * lookup's) and answers 304 or 412, or adds {@code ETag}, {@code Last-Modified} and the caching fields to the 2xx.
     */
    MutableHttpResponse<?> afterRead(HttpRequest<?> request, RequestState state, MutableHttpResponse<?> response,
                                     @Nullable Validators fromBody) {
        HandlerPolicy policy = state.binding().policy();
        MutableHttpResponse<?> failed = failures.replace(request, response);
        if (failed != null) {
            return answers.told(request, policy, failed);
        }
        Validators found = fromBody == null && policy.validatorsFromLookup() ? state.lookedUp() : fromBody;
        if (found == null || !isSuccess(response)) {
            return response;
        }
        Validators current = answers.current(found);
        if (!ConditionalHeaders.absent(request)) {
            Conditionals conditionals = headers.of(request, state);
            MutableHttpResponse<?> answer = answers.answer(request, policy,
                    PreconditionEvaluator.evaluate(true, conditionals, current), conditionals, current, response);
            if (answer != null) {
                return answers.told(request, policy, answer);
            }
        }
        answers.writeValidators(request, response, current);
        cachingMismatch.check(state.binding(), response);
        answers.setCaching(response, policy);
        if (request.getMethod() == HttpMethod.HEAD && response.getContentType().isEmpty()) {
            // RFC 9110 §9.3.2: HEAD sends the header fields GET would; Micronaut drops the body before encoding it.
            List<MediaType> produces = RouteAttributes.getRouteInfo(request).map(RouteInfo::getProduces)
                    .orElse(List.of());
            if (!produces.isEmpty()) {
                // As a header: a body-less response does not apply contentType(...) when it is encoded.
                response.getHeaders().set(HttpHeaders.CONTENT_TYPE, produces.get(0).toString());
            }
        }
        return response;
    }

    /**
     * A write: a 2xx that carries the stored representation gets its {@code ETag} and {@code Last-Modified}, and a
     * {@code Content-Location} naming the resource they describe (RFC 9110 §8.7, §9.3.4): the target, or for a POST
     * the created resource of its {@code Location} (§9.3.3; without one, none).
     */
    MutableHttpResponse<?> afterWrite(HttpRequest<?> request, RequestState state, MutableHttpResponse<?> response,
                                      @Nullable Validators fromBody) {
        MutableHttpResponse<?> failed = failures.replace(request, response);
        if (failed != null) {
            return answers.told(request, state.binding().policy(), failed);
        }
        if (fromBody == null || !isSuccess(response) || !fromBody.exists()) {
            return response;
        }
        answers.writeValidators(request, response, answers.current(fromBody));
        if (!response.getHeaders().contains(HttpHeaders.CONTENT_LOCATION)) {
            String location = request.getMethod() == HttpMethod.POST
                    ? response.getHeaders().get(HttpHeaders.LOCATION) : request.getPath();
            if (location != null) {
                response.getHeaders().set(HttpHeaders.CONTENT_LOCATION, location);
            }
        }
        return response;
    }

    /** @return the value the handler returned as the body (also for HEAD, where it is not sent), or {@code null} */
    static @Nullable Object bodyOf(HttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        return body != null ? body : RouteAttributes.getHeadBody(response).orElse(null);
    }

    static boolean isSuccess(HttpResponse<?> response) {
        int code = response.code();
        return code >= 200 && code < 300;
    }
}
