package io.precondition.micronaut.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagReader;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import io.precondition.micronaut.failure.GuardedFailures;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The request phase of a guarded handler, before it runs and before a write's body is read: the answer (304, 404,
 * 412, 413, 428, 431) or empty to run the handler. Reads without conditional fields need no lookup; a write whose
 * only tag condition is one strong {@code If-Match} may skip its lookup ({@code lookupOnIfMatch = false}).
 */
final class RequestPhase {

    private static final CompletionStage<Optional<HttpResponse<?>>> PROCEED =
            CompletableFuture.completedFuture(Optional.empty());

    private final Answers answers;
    private final ConditionalHeaders headers;
    private final LookupRunner lookups;
    private final GuardedFailures failures;
    private final long maxRequestSize;
    private final boolean requireGuard;

    RequestPhase(Answers answers, ConditionalHeaders headers, LookupRunner lookups, GuardedFailures failures,
                 long maxRequestSize, boolean requireGuard) {
        this.answers = answers;
        this.headers = headers;
        this.lookups = lookups;
        this.failures = failures;
        this.maxRequestSize = maxRequestSize;
        this.requireGuard = requireGuard;
    }

    CompletionStage<Optional<HttpResponse<?>>> answer(HttpRequest<?> request, RequestState state) {
        HandlerBinding binding = state.binding();
        HandlerPolicy policy = binding.policy();
        MutableHttpResponse<?> tooLarge = refuseFieldTooLarge(request, state);
        if (tooLarge != null) {
            return now(answers.told(request, policy, tooLarge));
        }
        Lookup lookup = binding.lookup();
        if (lookup == null || (!policy.isWrite() && !policy.validatorsFromLookup() && ConditionalHeaders.absent(request))) {
            return PROCEED;
        }
        if (policy.isWrite() && binding.claimsIfMatch()) {
            Object claimed = claimOf(request, state);
            if (claimed != null) {
                state.check(claimed, true);
                return PROCEED;
            }
        }
        return lookups.run(request, lookup).thenApply(value -> {
            Validators current = binding.validatorsOfLookup(value);
            MutableHttpResponse<?> answer = policy.isWrite()
                    ? beforeWrite(request, state, current, value) : beforeRead(request, state, current);
            return Optional.<HttpResponse<?>>ofNullable(answers.told(request, policy, answer));
        }).exceptionally(failure -> lookupFailed(request, policy, failure));
    }

    /**
     * A read with a lookup (RFC 9110 §13.2.2). A resource that does not exist runs the handler, which answers as it
     * would without conditional fields (404, 301, 410 or a 200 of its own): §13.2.1 applies the preconditions only to
     * a request that would otherwise succeed.
     */
    private @Nullable MutableHttpResponse<?> beforeRead(HttpRequest<?> request, RequestState state, Validators found) {
        MutableHttpResponse<?> refused = refuseBeforePreconditions(request);
        if (refused != null || !found.exists()) {
            return refused;
        }
        HandlerPolicy policy = state.binding().policy();
        Validators current = answers.current(found);
        Conditionals conditionals = headers.of(request, state);
        refused = answers.answer(request, policy, PreconditionEvaluator.evaluate(true, conditionals, current),
                conditionals, current, null);
        if (refused == null && policy.validatorsFromLookup()) {
            state.lookedUp(found);
        }
        return refused;
    }

    /** A write, before its body is read: 404 for an absent resource where the method says so, else 412 / 428. */
    private @Nullable MutableHttpResponse<?> beforeWrite(HttpRequest<?> request, RequestState state, Validators found,
                                                         @Nullable Object value) {
        HandlerPolicy policy = state.binding().policy();
        MutableHttpResponse<?> refused = refuseBeforePreconditions(request);
        if (refused != null) {
            return refused;
        }
        if (!found.exists() && policy.absentIsNotFound()) {
            return answers.responses().notFound(request);
        }
        Validators current = answers.current(found);
        Conditionals conditionals = headers.of(request, state);
        Decision decision = PreconditionEvaluator.evaluateWrite(conditionals, current,
                policy.requireGuard() && requireGuard);
        if (decision == Decision.PROCEED) {
            state.check(value, false);
            return null;
        }
        return answers.answer(request, policy, decision, conditionals, current, null);
    }

    /**
     * {@code lookupOnIfMatch = false}: when the only entity-tag condition is one strong {@code If-Match} tag, it names
     * the one state the write may change (RFC 9110 §13.1.1; {@code If-Unmodified-Since} is then ignored, §13.2.2
     * step 2), and the handler's guarded write is the check. Not for {@code *}, several or weak tags, an
     * {@code If-None-Match}, hashed tags (they cannot be read back) or a body over the size limit.
     *
     * @return the lookup's value the tag names, or {@code null} when the lookup must decide
     */
    private @Nullable Object claimOf(HttpRequest<?> request, RequestState state) {
        if (answers.hashTags() || request.getContentLength() > maxRequestSize) {
            return null;
        }
        Conditionals conditionals = headers.of(request, state);
        if (conditionals.ifNoneMatch().isPresent() || !conditionals.ifMatch().isPresent()) {
            return null;
        }
        List<EntityTag> tags = conditionals.ifMatch().tags();
        if (tags.size() != 1 || tags.get(0).isWeak()) {
            return null;
        }
        return state.binding().claim(EntityTagReader.of(tags.get(0)));
    }

    /**
     * An If-Match or If-None-Match over {@code precondition.max-tags} or {@code max-list-length} is not evaluated, and
     * reading it as malformed would change its meaning (an If-None-Match listing the current tag would match
     * nothing): 431 (RFC 6585 §5), before any lookup and on every method.
     */
    private @Nullable MutableHttpResponse<?> refuseFieldTooLarge(HttpRequest<?> request, RequestState state) {
        HttpHeaders fields = request.getHeaders();
        if (!fields.contains(HttpHeaders.IF_MATCH) && !fields.contains(HttpHeaders.IF_NONE_MATCH)) {
            return null;
        }
        Conditionals conditionals = headers.of(request, state);
        if (conditionals.fieldTooLarge().isEmpty()) {
            return null;
        }
        return answers.answer(request, state.binding().policy(), Decision.FIELD_TOO_LARGE, conditionals,
                Validators.ABSENT, null);
    }

    /**
     * RFC 9110 §13.2.1: a request that would fail without its preconditions for a reason known before its content is
     * read gets that failure, not 412 or 428. Micronaut refuses an oversized body only when it reads it, after the
     * filters, so the declared Content-Length is checked here.
     */
    private @Nullable MutableHttpResponse<?> refuseBeforePreconditions(HttpRequest<?> request) {
        if (request.getContentLength() > maxRequestSize) {
            return answers.responses().error(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than the server accepts (" + maxRequestSize + " bytes)");
        }
        return null;
    }

    /**
     * A lookup that failed: the client gets what the handler's own exception would get, Precondition's answer where it
     * has one (503 when the database is unreachable), else the application's error handling. Micronaut answers a
     * failed filter without the rest of the chain, so the engine recovers here.
     */
    private Optional<HttpResponse<?>> lookupFailed(HttpRequest<?> request, HandlerPolicy policy, Throwable failure) {
        MutableHttpResponse<?> answer = failures.answer(request, failure);
        if (answer == null) {
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        }
        return Optional.of(answers.told(request, policy, answer));
    }

    private static CompletionStage<Optional<HttpResponse<?>>> now(@Nullable HttpResponse<?> answer) {
        return CompletableFuture.completedFuture(Optional.ofNullable(answer));
    }
}
