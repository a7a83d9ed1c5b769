package io.precondition.client;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.inject.Singleton;

/**
 * One {@link ResponseStore} per declarative client, so that no client is answered from another's responses.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class ResponseStores {

    private final ConcurrentMap<String, ResponseStore> stores = new ConcurrentHashMap<>();
    private final PreconditionClientConfiguration configuration;

    ResponseStores(PreconditionClientConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * @param client the client's identity (its bean type's name)
     * @return its store
     */
    ResponseStore of(String client) {
        return stores.computeIfAbsent(client, c -> new ResponseStore(configuration.getCacheMaxBytes(),
                configuration.getEntryMaxBytes()));
    }
}
