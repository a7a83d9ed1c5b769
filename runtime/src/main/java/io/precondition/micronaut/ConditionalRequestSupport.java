package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.aop.Intercepted;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpVersion;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.inject.MethodReference;
import io.micronaut.scheduling.executor.ThreadSelection;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.RouteMatch;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagReader;
import io.precondition.http.HttpDate;
import io.precondition.http.ListLimits;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the generated filters call: one method per phase and kind of handler, so that the generated code holds no
 * decision of its own. The decisions are {@link PreconditionEvaluator}'s; this class reads the request's headers,
 * turns a decision into a response and writes the validators onto successful responses.
 */
@Singleton
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
public class ConditionalRequestSupport {

    /** Request attribute: the parsed conditional header fields, shared by the request and response phases. */
    static final String CONDITIONALS = "io.precondition.conditionals";
    /** Request attribute: the {@link CheckedState} of a write whose preconditions passed. */
    static final String CHECKED_STATE = "io.precondition.checked-state";
    /** Request attribute: the name of the handler of a checked write, for outcome listeners. */
    static final String HANDLER = "io.precondition.handler";
    /** Set when a write skipped its lookup: its single strong If-Match named the checked state. */
    static final String CLAIMED_BY_IF_MATCH = "io.precondition.claimed-by-if-match";
    /** Request attribute: the lookup's validators, for a read whose body has none of its own. */
    static final String LOOKED_UP = "io.precondition.looked-up";

    private final PreconditionConfiguration configuration;
    private final PreconditionResponses responses;
    private final ConversionService conversionService;
    private final long maxRequestSize;
    private final ThreadSelection threadSelection;
    private final ListLimits listLimits;
    private final boolean hashTags;
    private final boolean codedTags;
    private final PreconditionOutcomes outcomes;
    private final ResponseDate date;
    private final GuardedFailures failures;

    /**
     * @param configuration the settings
     * @param responses builds the 304, 404, 412 and 428 responses
     * @param conversionService converts route variables to the lookup's parameter types
     * @param server the server's settings, for its maximum request size
     * @param outcomes told of every response this class answers (e.g. to count them)
     * @param date the server's clock, which bounds {@code Last-Modified} by the response's {@code Date}
     * @param failures answers the failures of guarded handlers and their lookups
     */
    public ConditionalRequestSupport(PreconditionConfiguration configuration, PreconditionResponses responses,
                                     ConversionService conversionService, HttpServerConfiguration server,
                                     PreconditionOutcomes outcomes, ResponseDate date, GuardedFailures failures) {
        this.configuration = configuration;
        this.responses = responses;
        this.conversionService = conversionService;
        this.maxRequestSize = server.getMaxRequestSize();
        this.threadSelection = server.getThreadSelection();
        this.listLimits = configuration.listLimits();
        this.hashTags = configuration.getEtagFormat() == PreconditionConfiguration.ETagFormat.HASHED;
        this.codedTags = configuration.isCodedEtags();
        this.outcomes = outcomes;
        this.date = date;
        this.failures = failures;
    }

    /** @return the order of the generated filters ({@code precondition.filter-order}) */
    public int filterOrder() {
        return configuration.getFilterOrder();
    }

    /**
     * @param request the request
     * @param controller the controller class whose handlers the caller knows
     * @return the name of the controller method the request was routed to, or {@code null} when it was not routed to
     *     a method of a {@code controller} bean itself (its AOP proxy included; a subclass that is a controller of its
     *     own is not {@code controller}: its routes have their own paths and its own generated filter)
     */
    public @Nullable String handlerOf(HttpRequest<?> request, Class<?> controller) {
        MethodReference<?, ?> target = targetOf(request);
        if (target != null) {
            Class<?> bean = target.getDeclaringType();
            if (bean == controller || (bean.getSuperclass() == controller && Intercepted.class.isAssignableFrom(bean))) {
                return target.getMethodName();
            }
        }
        return null;
    }

    /**
     * Tells apart methods of one name (overloads, and a method that overrides or hides another): the generated filter
     * asks it when its controller has several methods of the handler's name.
     *
     * @param request the request
     * @param parameterTypes the handler's parameter types, erased, in order
     * @return whether the method the request was routed to has exactly these parameter types
     */
    public boolean routedToParameters(HttpRequest<?> request, Class<?>... parameterTypes) {
        MethodReference<?, ?> target = targetOf(request);
        if (target == null) {
            return false;
        }
        Argument<?>[] arguments = target.getArguments();
        if (arguments.length != parameterTypes.length) {
            return false;
        }
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getType() != parameterTypes[i]) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable MethodReference<?, ?> targetOf(HttpRequest<?> request) {
        RouteInfo<?> info = RouteAttributes.getRouteInfo(request).orElse(null);
        return info instanceof MethodBasedRouteInfo<?, ?> method ? method.getTargetMethod() : null;
    }

    /**
     * Runs a lookup that returns its value at once (and may block) where Micronaut runs the request's handler: on the
     * executor that {@code RouteInfo.getExecutor} selects for the route, from {@code @ExecuteOn} on the method or its
     * class (inherited and meta-annotations included) or {@code micronaut.server.thread-selection}, with the request's
     * propagated context; where the handler runs on the event loop, the lookup runs at once on the calling thread, as
     * the handler will.
     *
     * @param request the request
     * @param lookup calls the lookup and decides
     * @param <R> the decision's type
     * @return the decision, completed once the lookup has run
     */
    public <R> CompletionStage<R> runLookup(HttpRequest<?> request, Supplier<R> lookup) {
        RouteInfo<?> info = RouteAttributes.getRouteInfo(request).orElse(null);
        ExecutorService executor = info == null ? null : info.getExecutor(threadSelection);
        if (executor == null) {
            try {
                return CompletableFuture.completedFuture(lookup.get());
            } catch (RuntimeException failure) {
                // As a failed stage, so that the generated filter answers it as the handler's failure would be.
                return CompletableFuture.failedFuture(failure);
            }
        }
        return CompletableFuture.supplyAsync(PropagatedContext.wrapCurrent(lookup), executor);
    }

    /**
     * @param request the request
     * @param name the route variable, e.g. {@code "slug"} for {@code /pages/{slug}}
     * @param type the lookup parameter's type
     * @param <T> the type
     * @return the variable's value converted to {@code type}
     */
    public <T> T pathVariable(HttpRequest<?> request, String name, Class<T> type) {
        RouteMatch<?> match = RouteAttributes.getRouteMatch(request)
                .orElseThrow(() -> new IllegalStateException("no route match for " + request.getPath()));
        Object value = match.getVariableValues().get(name);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        return conversionService.convertRequired(value, type);
    }

    /**
     * @param request the request
     * @return whether the request carries none of the four conditional header fields, so that a read needs no
     *     lookup before its handler
     */
    public boolean isUnconditional(HttpRequest<?> request) {
        return conditionals(request).isEmpty();
    }

    /**
     * Refuses a request to a guarded handler whose If-Match or If-None-Match is over {@code precondition.max-tags} or
     * {@code precondition.max-list-length}: such a field is not evaluated, and reading it as malformed would change
     * its meaning (an If-None-Match listing the current tag would match nothing), so the answer is 431 (RFC 6585 §5),
     * before any lookup and on every method. Called by {@link FieldLimitFilter} before the generated filters.
     *
     * @param request the request
     * @return the 431 response, or {@code null} to go on
     */
    public @Nullable MutableHttpResponse<?> refuseFieldTooLarge(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        if (!headers.contains(HttpHeaders.IF_MATCH) && !headers.contains(HttpHeaders.IF_NONE_MATCH)) {
            return null;
        }
        String handler = guardedHandlerOf(request);
        if (handler == null) {
            return null;
        }
        Conditionals conditionals = conditionals(request);
        if (conditionals.fieldTooLarge().isEmpty()) {
            return null;
        }
        MutableHttpResponse<?> refused = responses.fieldTooLarge(request, conditionals, listLimits);
        outcomes.tell(request, handler, refused.code());
        return refused;
    }

    /**
     * @return {@code Controller.method} of the handler when the library evaluates its preconditions: a
     *     {@code @ConditionalWrite}, or a {@code @Versioned} read (also from its class) requested with GET or HEAD
     */
    private static @Nullable String guardedHandlerOf(HttpRequest<?> request) {
        RouteInfo<?> info = RouteAttributes.getRouteInfo(request).orElse(null);
        if (!(info instanceof MethodBasedRouteInfo<?, ?> method)) {
            return null;
        }
        HttpMethod verb = request.getMethod();
        boolean read = verb == HttpMethod.GET || verb == HttpMethod.HEAD;
        if (!info.getAnnotationMetadata().hasAnnotation(ConditionalWrite.class)
                && !(read && info.getAnnotationMetadata().hasAnnotation(Versioned.class))) {
            return null;
        }
        MethodReference<?, ?> target = method.getTargetMethod();
        return target.getDeclaringType().getSimpleName() + "." + target.getMethodName();
    }

    /**
     * The request phase of a {@code @Versioned} handler with a lookup (RFC 9110 §13.2.2).
     *
     * @param request the request
     * @param policy the handler's policy
     * @param current the current validators from the lookup
     * @return the response that answers the request now (304 or 412), or {@code null} to run the handler, also when
     *     the resource does not exist: the handler then answers as it would without conditional headers (404, 301, 410
     *     or a 200 of its own), since RFC 9110 §13.2.1 applies the preconditions only to a request that would
     *     otherwise succeed
     */
    public @Nullable MutableHttpResponse<?> beforeRead(HttpRequest<?> request, HandlerPolicy policy,
                                                     Validators current) {
        MutableHttpResponse<?> refused = refuseBeforePreconditions(request);
        if (refused == null && current.exists()) {
            Validators formatted = current(current);
            refused = answer(request, policy, PreconditionEvaluator.evaluate(true, conditionals(request), formatted),
                    formatted, null);
            if (refused == null && policy.validatorsFromLookup()) {
                request.setAttribute(LOOKED_UP, current);
            }
        }
        return told(request, policy, refused);
    }

    /**
     * The request phase of a {@code @ConditionalWrite} handler, before its body is read.
     *
     * @param request the request
     * @param policy the handler's policy
     * @param current the current validators from the lookup
     * @param checked the lookup's value ({@code null} when the resource does not exist), handed to the handler as
     *     its {@link CheckedState}
     * @return the response that answers the request now (404, 412 or 428), or {@code null} to run the handler
     */
    public @Nullable MutableHttpResponse<?> beforeWrite(HttpRequest<?> request, HandlerPolicy policy,
                                                      Validators current, @Nullable Object checked) {
        MutableHttpResponse<?> refused = refuseBeforePreconditions(request);
        if (refused == null && !current.exists() && policy.absentIsNotFound()) {
            refused = responses.notFound(request);
        }
        if (refused == null) {
            Validators formatted = current(current);
            boolean requireGuard = policy.requireGuard() && configuration.isRequireGuard();
            Decision decision = PreconditionEvaluator.evaluateWrite(conditionals(request), formatted, requireGuard);
            if (decision == Decision.PROCEED) {
                return runHandler(request, policy, checked);
            }
            refused = answer(request, policy, decision, formatted, null);
        }
        return told(request, policy, refused);
    }

    /**
     * The first half of a write that skips its lookup ({@code @ConditionalWrite(lookupOnIfMatch = false)}): when the
     * request's only entity-tag condition is one strong {@code If-Match} tag, that tag names the one state the
     * write may change (RFC 9110 §13.1.1; {@code If-Unmodified-Since} is then ignored, §13.2.2 step 2). The
     * generated filter reads the state back from the tag ({@link EntityTagReader}) and hands it to
     * {@link #proceedAsClaimed}; the handler's guarded write is the check.
     *
     * @param request the request
     * @return a reader of the single {@code If-Match} tag, or {@code null} when the lookup must decide: no or
     *     several tags, {@code *}, a weak or malformed field, an {@code If-None-Match}, hashed tags
     *     ({@code precondition.etag-format=hashed} cannot be read back), or a body over the size limit
     */
    public @Nullable EntityTagReader ifMatchOnly(HttpRequest<?> request) {
        if (hashTags || request.getContentLength() > maxRequestSize) {
            return null;
        }
        Conditionals conditionals = conditionals(request);
        if (conditionals.ifNoneMatch().isPresent() || !conditionals.ifMatch().isPresent()) {
            return null;
        }
        List<EntityTag> tags = conditionals.ifMatch().tags();
        if (tags.size() != 1 || tags.get(0).isWeak()) {
            return null;
        }
        return EntityTagReader.of(tags.get(0));
    }

    /**
     * The second half of {@link #ifMatchOnly}: lets the handler run with the state the {@code If-Match} tag names as
     * its {@link CheckedState}. When the resource is no longer in that state the handler's guarded write changes
     * nothing and throws, which answers 412, as the lookup would have.
     *
     * @param request the request
     * @param policy the handler's policy
     * @param claimed the state read back from the tag
     * @return {@code null}: run the handler
     */
    public @Nullable MutableHttpResponse<?> proceedAsClaimed(HttpRequest<?> request, HandlerPolicy policy,
                                                             Object claimed) {
        request.setAttribute(CLAIMED_BY_IF_MATCH, Boolean.TRUE);
        return runHandler(request, policy, claimed);
    }

    /** Hands the checked state to the handler's {@link CheckedState} parameter; {@code null} runs the handler. */
    private static @Nullable MutableHttpResponse<?> runHandler(HttpRequest<?> request, HandlerPolicy policy,
                                                              @Nullable Object checked) {
        request.setAttribute(CHECKED_STATE, CheckedState.of(checked));
        request.setAttribute(HANDLER, policy.handler());
        return null;
    }

    /**
     * Whether a write that skipped its lookup ({@link #proceedAsClaimed}) failed for a reason of its own content (a
     * 4xx other than 412 and 428, e.g. 400 for bad JSON). Its precondition was never checked against the resource,
     * and RFC 9110 §13.2.1 evaluates preconditions before the content: the generated filter then looks the resource up
     * and hands it to {@link #recheck}.
     *
     * @param request the request
     * @param response the response so far
     * @return whether the precondition must be checked now
     */
    public boolean needsRecheck(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        return status >= 400 && status < 500 && status != HttpStatus.PRECONDITION_FAILED.getCode()
                && status != HttpStatus.PRECONDITION_REQUIRED.getCode()
                && request.getAttribute(CLAIMED_BY_IF_MATCH).isPresent();
    }

    /**
     * See {@link #needsRecheck}: 412 when the request's preconditions fail against the current state, else the
     * content's own error.
     *
     * @param request the request
     * @param response the content's error response
     * @param policy the handler's policy
     * @param current the current validators from the lookup
     * @return the response to send
     */
    public MutableHttpResponse<?> recheck(HttpRequest<?> request, MutableHttpResponse<?> response, HandlerPolicy policy,
                                          Validators current) {
        Validators formatted = current(current);
        Conditionals conditionals = conditionals(request);
        if (PreconditionEvaluator.evaluateWrite(conditionals, formatted, false) != Decision.PRECONDITION_FAILED) {
            return response;
        }
        return told(request, policy, responses.preconditionFailed(request, conditionals, formatted));
    }

    /**
     * A lookup that failed (its stage completed exceptionally): the client gets what the handler's own exception would
     * get, Precondition's answer where it has one (503 when the database is unreachable), else the application's
     * error handling (its {@code ExceptionHandler}, or Micronaut's 500). Micronaut answers a failed request filter
     * without running the filter's response phase, so the generated filter recovers here.
     *
     * @param request the request
     * @param policy the handler's policy
     * @param failure what the lookup threw
     * @return Precondition's answer
     * @throws CompletionException with {@code failure} when it has none, for Micronaut's error handling
     */
    public Optional<HttpResponse<?>> lookupFailed(HttpRequest<?> request, HandlerPolicy policy, Throwable failure) {
        MutableHttpResponse<?> answer = failures.answer(request, failure);
        if (answer == null) {
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        }
        return Optional.<HttpResponse<?>>of(told(request, policy, answer));
    }

    /**
     * {@link #lookupFailed} for the lookup of {@link #recheck}: Precondition's answer, else the content's own error
     * (the precondition could not be checked, and the request fails anyway).
     *
     * @param request the request
     * @param response the content's error response
     * @param policy the handler's policy
     * @param failure what the lookup threw
     * @return the response to send
     */
    public MutableHttpResponse<?> recheckFailed(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                HandlerPolicy policy, Throwable failure) {
        MutableHttpResponse<?> answer = failures.answer(request, failure);
        return answer == null ? response : told(request, policy, answer);
    }

    /**
     * @param response a handler's response
     * @return the value the handler returned as the body (also for HEAD, where it is not sent), or {@code null}
     */
    public @Nullable Object bodyOf(HttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        return body != null ? body : RouteAttributes.getHeadBody(response).orElse(null);
    }

    /**
     * The response phase of a {@code @Versioned} handler: evaluates the preconditions against the returned value's
     * validators and answers 304 or 412, or adds {@code ETag}, {@code Last-Modified} and {@code Cache-Control} to
     * the handler's 2xx response.
     *
     * @param request the request
     * @param response the handler's response
     * @param policy the handler's policy
     * @param fromBody the validators of the returned value, or {@code null} when it has none
     * @return the response to send
     */
    public MutableHttpResponse<?> afterRead(HttpRequest<?> request, MutableHttpResponse<?> response,
                                            HandlerPolicy policy, @Nullable Validators fromBody) {
        MutableHttpResponse<?> failed = failures.replace(request, response);
        if (failed != null) {
            return told(request, policy, failed);
        }
        if (fromBody == null && policy.validatorsFromLookup()) {
            fromBody = request.getAttribute(LOOKED_UP, Validators.class).orElse(null);
        }
        if (fromBody == null || !isSuccess(response)) {
            return response;
        }
        Validators current = current(fromBody);
        Conditionals conditionals = conditionals(request);
        if (!conditionals.isEmpty()) {
            MutableHttpResponse<?> answer =
                    answer(request, policy, PreconditionEvaluator.evaluate(true, conditionals, current), current, response);
            if (answer != null) {
                return told(request, policy, answer);
            }
        }
        writeValidators(request, response, current);
        setCaching(response, policy);
        if (request.getMethod() == HttpMethod.HEAD && response.getContentType().isEmpty()) {
            // RFC 9110 §9.3.2: HEAD sends the header fields GET would; Micronaut drops the body before encoding it.
            List<MediaType> produces = RouteAttributes.getRouteInfo(request).map(RouteInfo::getProduces).orElse(List.of());
            if (!produces.isEmpty()) {
                // As a header: a body-less response does not apply contentType(...) when it is encoded.
                response.getHeaders().set(HttpHeaders.CONTENT_TYPE, produces.get(0).toString());
            }
        }
        return response;
    }

    /**
     * The response phase of a {@code @ConditionalWrite} handler: a 2xx response that carries the stored
     * representation gets its {@code ETag} and {@code Last-Modified}, and a {@code Content-Location} naming the
     * resource those validators describe (RFC 9110 §8.7, §9.3.4): the target resource, or for a POST the created
     * resource of its {@code Location} (RFC 9110 §9.3.3; without a {@code Location}, none). A failure of the handler
     * that Precondition answers (a checked write that lost to a concurrent one: 412; the database unreachable: 503)
     * replaces Micronaut's default answer here.
     *
     * @param request the request
     * @param response the handler's response
     * @param policy the handler's policy
     * @param fromBody the validators of the returned value, or {@code null} when it has none
     * @return the response to send
     */
    public MutableHttpResponse<?> afterWrite(HttpRequest<?> request, MutableHttpResponse<?> response,
                                             HandlerPolicy policy, @Nullable Validators fromBody) {
        MutableHttpResponse<?> failed = failures.replace(request, response);
        if (failed != null) {
            return told(request, policy, failed);
        }
        if (fromBody == null || !isSuccess(response) || !fromBody.exists()) {
            return response;
        }
        writeValidators(request, response, current(fromBody));
        if (!response.getHeaders().contains(HttpHeaders.CONTENT_LOCATION)) {
            String location = request.getMethod() == HttpMethod.POST
                    ? response.getHeaders().get(HttpHeaders.LOCATION) : request.getPath();
            if (location != null) {
                response.getHeaders().set(HttpHeaders.CONTENT_LOCATION, location);
            }
        }
        return response;
    }

    /**
     * The response phase of a handler whose body is a stream of several values ({@code Flux<T>}, {@code Publisher<T>},
     * also inside {@code HttpResponse}). An entity tag validates the whole representation (RFC 9110 §8.8.3), so the
     * stream is collected first; the collected list is then handled as a {@code List<T>} body would be: 304 / 412
     * without a body, or the handler's 2xx with the list as its body (the same JSON array the stream would have made)
     * and the validators. A stream that fails makes the returned stage fail, so the application's error handling
     * answers (e.g. 412 for an {@code OptimisticLockException} of a checked write, else 500), not a broken stream.
     *
     * <p>At most {@code precondition.max-stream-elements} are collected. A longer stream has no validators: its
     * response is sent as it would be without Precondition, streamed, the collected elements first and then the rest
     * of the same subscription; only an {@code If-Match} listing tags is answered 412 then (a representation without
     * an entity tag matches none, §13.1.1).
     *
     * @param request the request
     * @param response the handler's response, whose body is the stream
     * @param policy the handler's policy
     * @param validatorsOf the validators of the collected elements
     * @return the response to send, once the stream has completed or passed the bound
     */
    public CompletionStage<MutableHttpResponse<?>> afterStream(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                               HandlerPolicy policy,
                                                               Function<? super List<?>, Validators> validatorsOf) {
        Object body = bodyOf(response);
        if (!(body instanceof Publisher<?> stream) || !isSuccess(response)) {
            // No stream to validate (e.g. HttpResponse.notFound()): the response goes as the handler made it.
            MutableHttpResponse<?> failed = failures.replace(request, response);
            return CompletableFuture.completedFuture(failed != null ? told(request, policy, failed) : response);
        }
        boolean head = request.getMethod() == HttpMethod.HEAD;
        return BoundedStreamCollector.collect(stream, configuration.getMaxStreamElements()).<MutableHttpResponse<?>>thenApply(collected -> {
            if (!collected.whole()) {
                return unvalidatedStream(request, response, policy, collected);
            }
            List<Object> elements = collected.elements();
            MutableHttpResponse<?> withList = head ? response : response.body(elements);
            Validators validators = validatorsOf.apply(elements);
            return policy.isWrite()
                    ? afterWrite(request, withList, policy, validators)
                    : afterRead(request, withList, policy, validators);
        }).exceptionally(failure -> {
            // A stream that fails after the handler returned: the application's error handling answers it, unless
            // it is Precondition's to answer (Micronaut would not run this filter again for the error response).
            MutableHttpResponse<?> answer = failures.answer(request, failure);
            if (answer == null) {
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            return told(request, policy, answer);
        });
    }

    /** See {@link #afterStream}: a stream longer than the bound, answered without validators. */
    private MutableHttpResponse<?> unvalidatedStream(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                     HandlerPolicy policy, BoundedStreamCollector.Collected collected) {
        if (!policy.isWrite()) {
            Conditionals conditionals = conditionals(request);
            Validators none = Validators.of(null, null);
            if (PreconditionEvaluator.evaluate(true, conditionals, none) == Decision.PRECONDITION_FAILED) {
                collected.collector().cancel();
                return told(request, policy, responses.preconditionFailed(request, conditionals, none));
            }
        }
        if (request.getMethod() == HttpMethod.HEAD) {
            // No body is sent for HEAD: the rest of the stream is not needed.
            collected.collector().cancel();
            return response;
        }
        MutableHttpResponse<?> streamed = response.body(collected.all());
        return policy.isWrite() ? afterWrite(request, streamed, policy, null) : streamed;
    }

    /**
     * RFC 9110 §13.2.1: a request that would fail without its preconditions for a reason known before its content is
     * read gets that failure, not 412 or 428. Micronaut refuses an oversized body only when it reads it, after the
     * filters, so the declared Content-Length is checked here.
     */
    private @Nullable MutableHttpResponse<?> refuseBeforePreconditions(HttpRequest<?> request) {
        if (request.getContentLength() > maxRequestSize) {
            return responses.error(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than the server accepts (" + maxRequestSize + " bytes)");
        }
        return null;
    }

    private @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, HandlerPolicy policy, Decision decision,
                                                    Validators current,
                                                    @Nullable HttpResponse<?> original) {
        switch (decision) {
            case NOT_MODIFIED:
                MutableHttpResponse<?> notModified = responses.notModified(current, original);
                setCaching(notModified, policy);
                codeNotModified(request, notModified, current);
                return notModified;
            case PRECONDITION_FAILED:
                return responses.preconditionFailed(request, conditionals(request), current);
            case PRECONDITION_REQUIRED:
                return responses.preconditionRequired(request, current);
            case FIELD_TOO_LARGE:
                // FieldLimitFilter answers these before any lookup; this keeps a direct caller safe too.
                return responses.fieldTooLarge(request, conditionals(request), listLimits);
            default:
                return null;
        }
    }

    private Conditionals conditionals(HttpRequest<?> request) {
        Object cached = request.getAttribute(CONDITIONALS).orElse(null);
        if (cached instanceof Conditionals conditionals) {
            return conditionals;
        }
        HttpHeaders headers = request.getHeaders();
        // A tag of a content-coded representation ("X+gzip") names the same state as "X" (RFC 9110 §8.8.3).
        // With precondition.coded-etags=false no such tag is ever sent, so a "+gzip" is just part of a tag.
        List<String> ifMatch = headers.getAll(HttpHeaders.IF_MATCH);
        List<String> ifNoneMatch = headers.getAll(HttpHeaders.IF_NONE_MATCH);
        if (codedTags) {
            ifMatch = CodedETags.uncode(ifMatch);
            ifNoneMatch = CodedETags.uncode(ifNoneMatch);
        }
        List<String> ifModifiedSince = headers.getAll(HttpHeaders.IF_MODIFIED_SINCE);
        List<String> ifUnmodifiedSince = headers.getAll(HttpHeaders.IF_UNMODIFIED_SINCE);
        Conditionals conditionals = ifMatch.isEmpty() && ifNoneMatch.isEmpty() && ifModifiedSince.isEmpty()
                && ifUnmodifiedSince.isEmpty()
                ? Conditionals.NONE
                : Conditionals.of(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince, listLimits);
        request.setAttribute(CONDITIONALS, conditionals);
        return conditionals;
    }

    private @Nullable MutableHttpResponse<?> told(HttpRequest<?> request, HandlerPolicy policy,
                                                  @Nullable MutableHttpResponse<?> answer) {
        if (answer != null) {
            outcomes.tell(request, policy.handler(), answer.code());
        }
        return answer;
    }

    /**
     * The validators as clients see them: in {@code precondition.etag-format}, and with a {@code Last-Modified} no
     * later than now (RFC 9110 §8.8.2.1), in the request phase as in the response phase, so that a date a little in
     * the future (another instance's clock) never makes If-Modified-Since or If-Unmodified-Since fail.
     */
    private Validators current(Validators validators) {
        return format(validators).notAfter(date.now());
    }

    /** Applies {@code precondition.etag-format}: with {@code hashed}, clients see a digest of the tag's parts. */
    private Validators format(Validators validators) {
        if (!hashTags || validators.etag().isEmpty()) {
            return validators;
        }
        return Validators.of(validators.etag().get().digest(), validators.lastModified().orElse(null));
    }

    /**
     * A 304 to a client that revalidated a content-coded representation carries that representation's tag, so that
     * caches update the response they hold (RFC 9111 §4.3.4), and {@code Vary: Accept-Encoding} as its 200 did.
     */
    private void codeNotModified(HttpRequest<?> request, MutableHttpResponse<?> notModified, Validators current) {
        EntityTag tag = current.etag().orElse(null);
        if (!codedTags || tag == null || tag.isWeak()) {
            return;
        }
        String etag = CodedETags.forNotModified(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), tag);
        if (!etag.equals(tag.toString())) {
            notModified.getHeaders().set(HttpHeaders.ETAG, etag);
            String vary = notModified.getHeaders().get(HttpHeaders.VARY);
            if (vary == null) {
                notModified.getHeaders().set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding") && !vary.trim().equals("*")) {
                notModified.getHeaders().set(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_ENCODING);
            }
        }
    }

    private void writeValidators(HttpRequest<?> request, MutableHttpResponse<?> response, Validators validators) {
        EntityTag tag = validators.etag().orElse(null);
        if (tag != null) {
            // Marked as the library's, so that only this tag is coded when the response is compressed; on HTTP/2,
            // where it cannot be, a strong one keeps the response uncompressed (CodedETagCompressionStrategy).
            boolean identityOnly = codedTags && !tag.isWeak() && request.getHttpVersion() == HttpVersion.HTTP_2_0;
            response.getHeaders().set(HttpHeaders.ETAG, new LibraryETag(tag.toString(), identityOnly));
        }
        Instant lastModified = validators.lastModified().orElse(null);
        if (lastModified != null) {
            response.getHeaders().set(HttpHeaders.LAST_MODIFIED, HttpDate.format(lastModified));
        }
    }

    /**
     * The {@code Cache-Control} and {@code Vary} of a versioned 2xx or 304 that has none: the handler's declared ones
     * ({@code @Versioned(cacheControl, vary)}), else {@code precondition.cache-control}. A 304 decided before the
     * handler ran knows no others, and must carry what the 200 would (RFC 9110 §15.4.5).
     */
    private void setCaching(MutableHttpResponse<?> response, HandlerPolicy policy) {
        String cacheControl = policy.cacheControl() != null ? policy.cacheControl() : configuration.getCacheControl();
        if (!cacheControl.isEmpty() && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        if (!policy.vary().isEmpty() && !response.getHeaders().contains(HttpHeaders.VARY)) {
            response.getHeaders().set(HttpHeaders.VARY, String.join(", ", policy.vary()));
        }
    }

    private static boolean isSuccess(HttpResponse<?> response) {
        int code = response.code();
        return code >= 200 && code < 300;
    }
}
