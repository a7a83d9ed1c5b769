package io.precondition.client;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.ClientFilterChain;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * An unsafe request of a declarative client: the caller's precondition is applied ({@link WriteGuard}); a success
 * invalidates the stored responses of the target URI and of its {@code Location} / {@code Content-Location} (RFC 9111
 * §4.4, same origin only), and a 200 / 201 whose {@code Content-Location} names a URI with a validator is stored for
 * it, since its body is that resource's representation (RFC 9110 §8.7, §9.3.4); a 412 drops the target's stored
 * response too, so that a following read is not answered with the representation that just proved stale.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class GuardedWrites {

    private final Replies replies;
    private final ErrorAnswers errors;
    private final ClientEvents events;
    private final Clock clock = Clock.systemUTC();

    GuardedWrites(Replies replies, ErrorAnswers errors, ClientEvents events) {
        this.replies = replies;
        this.errors = errors;
        this.events = events;
    }

    Publisher<? extends HttpResponse<?>> write(MutableHttpRequest<?> request, ClientFilterChain chain,
                                               ClientMethod method, ResponseStore store) {
        try {
            WriteGuard.apply(request, method);
        } catch (RuntimeException refused) {
            return Mono.error(refused);
        }
        URI target = request.getUri();
        Instant sent = clock.instant();
        return Mono.from(chain.proceed(request))
                .<HttpResponse<?>>map(response -> succeeded(request, response, sent, method, store))
                .onErrorMap(failure -> {
                    if (failure instanceof HttpClientResponseException answer && answer.code() == 412) {
                        invalidate(store, target.toString());
                    }
                    return errors.translate(failure);
                });
    }

    private HttpResponse<?> succeeded(MutableHttpRequest<?> request, HttpResponse<?> response, Instant sent,
                                      ClientMethod method, ResponseStore store) {
        if (response.code() >= 400) {
            return response;
        }
        URI target = request.getUri();
        Map<String, List<String>> headers = Answers.copy(response.getHeaders());
        invalidate(store, target.toString());
        Optional<URI> location = sameOrigin(target, Answers.single(headers, "location"));
        Optional<URI> contentLocation = sameOrigin(target, Answers.single(headers, "content-location"));
        location.ifPresent(uri -> invalidate(store, uri.toString()));
        contentLocation.ifPresent(uri -> invalidate(store, uri.toString()));
        if (response.code() != 200 && response.code() != 201) {
            return response;
        }
        byte[] body = response.getBody(byte[].class).orElse(new byte[0]);
        HttpResponse<?> answer = method.tagged() ? replies.build(response.code(), headers, body, method).response()
                : response;
        if (contentLocation.isPresent() && Answers.lines(headers, "vary").isEmpty()) {
            StoredResponse.of(request.getHeaders(), headers, 200, body, sent, clock.instant())
                    .filter(entry -> store.put(contentLocation.get().toString(), entry))
                    .ifPresent(entry -> events.record(ClientEvent.STORED));
        }
        return answer;
    }

    private void invalidate(ResponseStore store, String uri) {
        if (store.remove(uri)) {
            events.record(ClientEvent.INVALIDATED);
        }
    }

    /** §4.4: a Location / Content-Location with another host than the target's is not invalidated. */
    private static Optional<URI> sameOrigin(URI target, Optional<String> reference) {
        try {
            return reference.map(target::resolve).filter(uri -> Objects.equals(uri.getScheme(), target.getScheme())
                    && Objects.equals(uri.getHost(), target.getHost()) && uri.getPort() == target.getPort());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
