package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Overloaded handlers, as users write them: two annotated {@code get} methods, each with its own lookup and caching,
 * and an unannotated {@code get} beside them. Revisions are kept in memory.
 */
@Controller("/it/revisions")
@Requires(property = "it.items", value = "true")
public class RevisionController {

    /** One revision of a document. */
    @Serdeable
    public record Revision(@ETagSource String id, @ETagSource int number, String text) {
    }

    /** What the lookups read: the revision's identity only. */
    public record RevisionVersion(@ETagSource String id, @ETagSource int number) {
    }

    final AtomicInteger handlerCalls = new AtomicInteger();
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    void add(String id, String text) {
        texts.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(text);
    }

    public Optional<RevisionVersion> latestVersion(String id) {
        return latest(id).map(r -> new RevisionVersion(r.id(), r.number()));
    }

    public Optional<RevisionVersion> revisionVersion(String id, int number) {
        return revision(id, number).map(r -> new RevisionVersion(r.id(), r.number()));
    }

    @Get("/{id}")
    @Versioned(lookup = "latestVersion", cacheControl = "max-age=60")
    public Optional<Revision> get(String id) {
        handlerCalls.incrementAndGet();
        return latest(id);
    }

    @Get("/{id}/{number}")
    @Versioned(lookup = "revisionVersion", cacheControl = "max-age=31536000, immutable")
    public Optional<Revision> get(String id, int number) {
        handlerCalls.incrementAndGet();
        return revision(id, number);
    }

    @Get("/{id}/{number}/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String get(String id, int number, HttpRequest<?> request) {
        return revision(id, number).map(Revision::text).orElse("");
    }

    private Optional<Revision> latest(String id) {
        List<String> all = texts.getOrDefault(id, List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(new Revision(id, all.size() - 1, all.get(all.size() - 1)));
    }

    private Optional<Revision> revision(String id, int number) {
        List<String> all = texts.getOrDefault(id, List.of());
        return number >= 0 && number < all.size() ? Optional.of(new Revision(id, number, all.get(number)))
                : Optional.empty();
    }
}
