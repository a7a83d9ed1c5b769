package io.precondition.client;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The private store of one declarative client (RFC 9111 §2): one response per absolute URI, bounded in bytes by
 * Caffeine's weigher. Entries are immutable and replaced whole.
 */
final class ResponseStore {

    private final Cache<String, StoredResponse> entries;
    private final long entryMaxBytes;

    /**
     * @param maxBytes the bound of the whole store
     * @param entryMaxBytes the largest body stored
     */
    ResponseStore(long maxBytes, long entryMaxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String uri, StoredResponse entry) -> uri.length() + entry.weight())
                .build();
        this.entryMaxBytes = Math.min(entryMaxBytes, maxBytes);
    }

    Optional<StoredResponse> get(String uri) {
        return Optional.ofNullable(entries.getIfPresent(uri));
    }

    /**
     * @param uri the absolute request URI
     * @param entry the response
     * @return whether it was stored (false when its body is over the bound: then any older entry is dropped too)
     */
    boolean put(String uri, StoredResponse entry) {
        if (entry.body().length > entryMaxBytes) {
            entries.invalidate(uri);
            return false;
        }
        entries.put(uri, entry);
        return true;
    }

    /**
     * @param uri the absolute URI
     * @return whether there was an entry
     */
    boolean remove(String uri) {
        return entries.asMap().remove(uri) != null;
    }
}
