package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A second controller, compiled by the same processor, that counts how often its handlers and lookup run, so that
 * tests can see that a 304 or 412 decided by the lookup never runs the handler. In memory, on the event loop.
 */
@Controller("/it/items")
@Requires(property = "it.items", value = "true")
public class ItemController {

    final AtomicInteger handlerCalls = new AtomicInteger();
    final AtomicInteger lookupCalls = new AtomicInteger();
    private final Map<String, Item> items = new ConcurrentHashMap<>();

    public @Nullable ItemState itemState(String id) {
        lookupCalls.incrementAndGet();
        Item item = items.get(id);
        return item == null ? null : new ItemState(item.getId(), item.getRevision(), item.getChanged());
    }

    @Get("/{id}")
    @Versioned(lookup = "itemState")
    public HttpResponse<Item> get(String id) {
        handlerCalls.incrementAndGet();
        Item item = items.get(id);
        return item == null ? HttpResponse.notFound() : HttpResponse.ok(item);
    }

    @Get("/{id}/direct")
    @Versioned
    public @Nullable Item getWithoutLookup(String id) {
        handlerCalls.incrementAndGet();
        return items.get(id);
    }

    @Get
    @Versioned
    public List<Item> all() {
        List<Item> all = new ArrayList<>(items.values());
        all.sort((a, b) -> a.getId().compareTo(b.getId()));
        return all;
    }

    /** An unannotated write, for tests that run with the library switched off. */
    @Post("/{id}/seed")
    @Consumes(MediaType.TEXT_PLAIN)
    public Item seed(String id, @Body String name) {
        Item item = new Item(id, 0, name, LocalDateTime.now(ZoneOffset.UTC));
        items.put(id, item);
        return item;
    }

    /** Unguarded writes are allowed here: a PUT without a precondition is not refused with 428. */
    @Put("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "itemState", requireGuard = false)
    public Item put(String id, @Body String name, CheckedState<ItemState> state) {
        handlerCalls.incrementAndGet();
        long revision = state.current().map(s -> s.revision() + 1).orElse(0L);
        // A coarse compare-and-set stands in for the database's version check.
        Item next = new Item(id, revision, name, LocalDateTime.now(ZoneOffset.UTC));
        synchronized (items) {
            Item current = items.get(id);
            long currentRevision = current == null ? -1 : current.getRevision();
            long checked = state.current().map(ItemState::revision).orElse(-1L);
            if (currentRevision != checked) {
                throw new io.micronaut.data.exceptions.OptimisticLockException("item " + id + " changed");
            }
            items.put(id, next);
        }
        return next;
    }

    /**
     * Replaces an existing item; a single strong If-Match skips the lookup, and the compare-and-set is keyed by the
     * route's id and every part of the checked tag.
     */
    @Put("/{id}/renamed")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "itemState", lookupOnIfMatch = false)
    public Item rename(String id, @Body String name, CheckedState<ItemState> state) {
        handlerCalls.incrementAndGet();
        ItemState checked = state.get();
        synchronized (items) {
            Item current = items.get(id);
            if (current == null || !current.getId().equals(checked.id()) || current.getRevision() != checked.revision()) {
                throw new io.micronaut.data.exceptions.OptimisticLockException("item " + id + " is not " + checked);
            }
            Item next = new Item(id, checked.revision() + 1, name, LocalDateTime.now(ZoneOffset.UTC));
            items.put(id, next);
            return next;
        }
    }
}
