package io.precondition.micronaut.engine;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.executor.ThreadSelection;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.RouteMatch;
import io.precondition.micronaut.binding.Lookup;
import io.precondition.micronaut.binding.RouteVariables;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs a handler's {@link Lookup} and gives its value, unwrapped from an {@code Optional}, as a stage: a blocking
 * lookup where Micronaut runs the handler (on the executor {@code RouteInfo.getExecutor} selects from
 * {@code @ExecuteOn} or {@code micronaut.server.thread-selection}, with the request's propagated context; at once on
 * the calling thread where the handler runs on the event loop too), an asynchronous one where it is called. A lookup
 * that throws gives a failed stage, so that it is answered as the handler's failure would be.
 */
final class LookupRunner {

    private final ConversionService conversionService;
    private final ThreadSelection threadSelection;

    LookupRunner(ConversionService conversionService, ThreadSelection threadSelection) {
        this.conversionService = conversionService;
        this.threadSelection = threadSelection;
    }

    /** @return the lookup's value, {@code null} when it found nothing */
    CompletionStage<Object> run(HttpRequest<?> request, Lookup lookup) {
        RouteVariables route = variablesOf(request);
        try {
            switch (lookup.kind()) {
                case BLOCKING:
                    return blocking(request, lookup, route);
                case STAGE:
                    return ((CompletionStage<?>) lookup.call().find(route)).thenApply(LookupRunner::unwrapped);
                case PUBLISHER:
                    return Mono.from((Publisher<?>) lookup.call().find(route)).toFuture().thenApply(LookupRunner::unwrapped);
                default:
                    throw new IllegalStateException(lookup.kind().toString());
            }
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    private CompletionStage<Object> blocking(HttpRequest<?> request, Lookup lookup, RouteVariables route) {
        RouteInfo<?> info = RouteAttributes.getRouteInfo(request).orElse(null);
        ExecutorService executor = info == null ? null : info.getExecutor(threadSelection);
        if (executor == null) {
            return CompletableFuture.completedFuture(unwrapped(lookup.call().find(route)));
        }
        Supplier<Object> call = () -> unwrapped(lookup.call().find(route));
        return CompletableFuture.supplyAsync(PropagatedContext.wrapCurrent(call), executor);
    }

    private static Object unwrapped(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    private RouteVariables variablesOf(HttpRequest<?> request) {
        return new RouteVariables() {
            @Override
            public <T> T get(String name, Class<T> type) {
                RouteMatch<?> match = RouteAttributes.getRouteMatch(request)
                        .orElseThrow(() -> new IllegalStateException("no route match for " + request.getPath()));
                Object value = match.getVariableValues().get(name);
                return type.isInstance(value) ? type.cast(value) : conversionService.convertRequired(value, type);
            }
        };
    }
}
