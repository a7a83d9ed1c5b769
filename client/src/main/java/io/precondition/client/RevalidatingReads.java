package io.precondition.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.filter.ClientFilterChain;
import io.precondition.http.HttpDate;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A {@code @Versioned} GET through the client's private store (RFC 9111): a fresh stored response answers without a
 * request (§4.2); a stale one makes the request conditional ({@code If-None-Match}, or {@code If-Modified-Since} when
 * it has only a date, §4.3.1) and a 304 answers with the stored body and the 304's fields merged in (§4.3.4); a 200
 * with a well-formed validator is stored. A failed request is reported as failed, never answered from the store.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class RevalidatingReads {

    private static final List<String> CALLER_CONDITIONALS = List.of(HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_MATCH, HttpHeaders.IF_UNMODIFIED_SINCE, HttpHeaders.RANGE);

    private final BeanProvider<HttpClientRegistry<?>> clients;
    private final Replies replies;
    private final ErrorAnswers errors;
    private final ClientEvents events;
    private final Clock clock = Clock.systemUTC();

    RevalidatingReads(Replies replies, ErrorAnswers errors, ClientEvents events,
                      BeanProvider<HttpClientRegistry<?>> clients) {
        this.clients = clients;
        this.replies = replies;
        this.errors = errors;
        this.events = events;
    }

    Publisher<? extends HttpResponse<?>> read(MutableHttpRequest<?> request, ClientFilterChain chain,
                                              MethodInvocationContext<?, ?> context, ClientMethod method,
                                              ResponseStore store) {
        String uri = request.getUri().toString();
        Instant sent = clock.instant();
        Optional<StoredResponse> stored = usable(request, store.get(uri));
        if (stored.isPresent() && !mustRevalidate(request) && stored.get().freshness().isFresh(sent)) {
            events.record(ClientEvent.FRESH_HIT);
            StoredResponse entry = stored.get();
            return Mono.just(replies.fromStore(entry, entry.freshness().currentAge(sent), method).response());
        }
        stored.ifPresent(entry -> addValidators(request, entry));
        return Mono.from(chain.proceed(request))
                .<HttpResponse<?>>flatMap(response -> {
                    Map<String, List<String>> headers = Answers.copy(response.getHeaders());
                    if (response.code() == 304 && stored.isPresent() && !stored.get().isValidatedBy(headers)) {
                        return unconditionally(request, context, method, store);
                    }
                    return Mono.just(received(request, response, headers, stored, sent, method, store));
                })
                .onErrorMap(errors::translate);
    }

    /**
     * A 304 that names another representation than the stored one (e.g. Apache httpd's strong tag answering the weak
     * one it gave the same file a second earlier) validates nothing (RFC 9111 §4.3.4): the stored response is dropped
     * and the resource is requested once more without conditions, through the same underlying client (a filter chain
     * cannot be proceeded twice).
     */
    private Mono<HttpResponse<?>> unconditionally(MutableHttpRequest<?> request, MethodInvocationContext<?, ?> context,
                                                  ClientMethod method, ResponseStore store) {
        store.remove(request.getUri().toString());
        MutableHttpRequest<Object> again = HttpRequest.GET(request.getUri());
        request.getHeaders().forEach((name, lines) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.IF_NONE_MATCH) && !name.equalsIgnoreCase(HttpHeaders.IF_MODIFIED_SINCE)) {
                lines.forEach(line -> again.getHeaders().add(name, line));
            }
        });
        HttpClient client = clients.get().getClient(context.getAnnotationMetadata());
        Instant sent = clock.instant();
        return Mono.from(client.exchange(again, byte[].class))
                .map(response -> received(again, response, Answers.copy(response.getHeaders()), Optional.empty(),
                        sent, method, store));
    }

    private HttpResponse<?> received(MutableHttpRequest<?> request, HttpResponse<?> response,
                                     Map<String, List<String>> headers, Optional<StoredResponse> stored, Instant sent,
                                     ClientMethod method, ResponseStore store) {
        String uri = request.getUri().toString();
        Instant received = clock.instant();
        if (response.code() == 304 && stored.isPresent()) {
            StoredResponse updated = stored.get().updatedBy(headers, sent, received);
            Replies.Reply reply = replies.fromStore(updated, updated.freshness().currentAge(received), method);
            store.put(uri, keep(updated, reply.value(), method));
            events.record(ClientEvent.REVALIDATED);
            return reply.response();
        }
        if (response.code() != 200) {
            if (response.code() != 304) {
                store.remove(uri);
            }
            return response;
        }
        events.record(ClientEvent.MISS);
        byte[] body = response.getBody(byte[].class).orElse(new byte[0]);
        store.remove(uri);
        // Decoded before it is stored: a body the method cannot read fails this call and is never stored.
        Replies.Reply answer = replies.build(200, headers, body, method);
        Optional<StoredResponse> entry = StoredResponse.of(request.getHeaders(), headers, 200, body, sent, received)
                .map(fresh -> keep(fresh, answer.value(), method));
        if (entry.isPresent() && store.put(uri, entry.get())) {
            events.record(ClientEvent.STORED);
        }
        return answer.response();
    }

    /** The entry holding its decoded body, when the method's body type is immutable and the entry lacks it. */
    private static StoredResponse keep(StoredResponse entry, Object value, ClientMethod method) {
        if (!method.immutableBody() || value == null || entry.decodedAs(method.bodyType()).isPresent()) {
            return entry;
        }
        return entry.withDecoded(method.bodyType(), value);
    }

    /** A stored response is used only when the caller made no conditional request of its own and Vary matches. */
    private static Optional<StoredResponse> usable(MutableHttpRequest<?> request, Optional<StoredResponse> stored) {
        for (String field : CALLER_CONDITIONALS) {
            if (request.getHeaders().contains(field)) {
                return Optional.empty();
            }
        }
        return stored.filter(entry -> entry.matches(request.getHeaders()));
    }

    /** §5.2.1.4, §5.2.1.1: the caller asked that a stored response be validated first. */
    private static boolean mustRevalidate(MutableHttpRequest<?> request) {
        CacheControl cacheControl = CacheControl.parse(request.getHeaders().getAll(HttpHeaders.CACHE_CONTROL));
        return cacheControl.noCache() || cacheControl.maxAge().map(age -> age == 0).orElse(false);
    }

    private static void addValidators(MutableHttpRequest<?> request, StoredResponse entry) {
        if (entry.etag() != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, entry.etag().toString());
        } else if (entry.lastModified() != null) {
            request.header(HttpHeaders.IF_MODIFIED_SINCE, HttpDate.format(entry.lastModified()));
        }
    }
}
