package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.core.annotation.Nullable;
import io.precondition.micronaut.CheckedState;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The documents of the test controllers, in memory, and the names of the threads their lookups and handlers ran on,
 * by controller.
 */
@Singleton
@Requires(property = "it.threads", value = "true")
public class DocStore {

    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, List<String>> threads = new ConcurrentHashMap<>();
    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();

    /** The lookup of every test controller: records its thread under {@code "<controller>.lookup"}. */
    @Nullable DocVersion version(String controller, String id) {
        record(controller + ".lookup");
        lookups.merge(controller, 1, Integer::sum);
        Doc doc = docs.get(id);
        return doc == null ? null : new DocVersion(doc.version());
    }

    /** Reads a document, recording the handler's thread. */
    @Nullable Doc read(String controller, String id) {
        record(controller + ".handler");
        return docs.get(id);
    }

    /** Writes a document if it is still in the checked state (a compare-and-set), recording the handler's thread. */
    synchronized Doc write(String controller, String id, String text, CheckedState<DocVersion> state) {
        record(controller + ".handler");
        Doc current = docs.get(id);
        long checked = state.current().map(DocVersion::version).orElse(-1L);
        if ((current == null ? -1 : current.version()) != checked) {
            throw new OptimisticLockException("doc " + id + " changed");
        }
        Doc next = new Doc(id, checked + 1, text);
        docs.put(id, next);
        return next;
    }

    /** @return the threads recorded under {@code key}, oldest first */
    public List<String> threads(String key) {
        return List.copyOf(threads.getOrDefault(key, List.of()));
    }

    /** @return how often the lookup of {@code controller} ran */
    public int lookups(String controller) {
        return lookups.getOrDefault(controller, 0);
    }

    private void record(String key) {
        threads.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(Thread.currentThread().getName());
    }
}
