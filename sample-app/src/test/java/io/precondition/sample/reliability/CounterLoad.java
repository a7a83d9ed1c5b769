package io.precondition.sample.reliability;

import io.precondition.sample.WikiAssertions;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The lost-update load: clients spread over app instances, each looping GET the page, read the counter in its
 * body and its ETag, write counter+1 guarded by {@code If-Match}; a 412 means someone else won, so read again.
 *
 * <p>Every loop is bounded by a number of write attempts (shared by all clients) and by a deadline. A client whose
 * instance stops answering (no response) moves to the next instance. Every request and its outcome is kept as an
 * {@link Event}; {@link #verify} then checks the invariant: each successful write claimed a different counter value
 * (two successes claiming the same value is a lost update) and the final counter equals the number of successful
 * writes, give or take the writes whose outcome the client never learnt (503 or no response: they may or may not
 * have committed).
 */
public final class CounterLoad {
    /** What a client writes after reading the page. */
    public enum Mode {
        /** {@code PUT} the whole page with counter+1. */
        PUT,
        /** {@code PATCH} (JSON merge patch) title and body with counter+1. */
        PATCH,
        /**
         * Mostly PUT; one write in four is a {@code DELETE} with the ETag, and the client whose DELETE won re-creates
         * the page ({@code If-None-Match: *}) with counter+1. Clients that find the page absent read again.
         */
        DELETE_RECREATE
    }

    private final String slug;
    private final List<WikiClient> instances;
    private final Mode mode;
    private final int clients;
    private final int maxAttempts;
    private final Duration maxDuration;

    private final AtomicInteger attempts = new AtomicInteger();
    private final Queue events = new Queue();
    private final Set<Long> claimed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger successes = new AtomicInteger();
    private final AtomicInteger unknownOutcome = new AtomicInteger();
    private final Map<Integer, Boolean> down = new ConcurrentHashMap<>();
    private volatile long startNanos;
    private volatile long endNanos;

    /** The events, thread-safe. */
    private static final class Queue extends ConcurrentLinkedQueue<Event> {
    }

    public CounterLoad(String slug, List<WikiClient> instances, Mode mode, int clients, int maxAttempts,
                       Duration maxDuration) {
        this.slug = slug;
        this.instances = List.copyOf(instances);
        this.mode = mode;
        this.clients = clients;
        this.maxAttempts = maxAttempts;
        this.maxDuration = maxDuration;
    }

    /** The page's content for counter value {@code n}: body and title carry it, so a half write would show. */
    public static String page(String slug, long n) {
        return Json.page(slug, "counter " + n, Long.toString(n));
    }

    /** Creates the page with counter 0 through the first instance. */
    public void createPage() {
        Reply reply = instances.get(0).put(slug, page(slug, 0), "If-None-Match", "*");
        WikiAssertions.assertStatus(201, reply);
    }

    /** Runs the clients until the attempts are used up or the deadline passes; blocks until all stopped. */
    public CounterLoad run() {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        startNanos = System.nanoTime();
        long deadline = startNanos + maxDuration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            futures.add(pool.submit(() -> loop(client, deadline)));
        }
        pool.shutdown();
        try {
            // Each request has its own timeout (WikiClient: 30 s), so this wait is bounded too.
            if (!pool.awaitTermination(maxDuration.toSeconds() + 90, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                throw new AssertionError("clients did not stop within the deadline plus 90 s");
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("a client failed: " + e.getCause(), e.getCause());
        }
        endNanos = System.nanoTime();
        return this;
    }

    /** Marks an instance as gone (killed): clients skip it from now on. */
    public void markDown(int instance) {
        down.put(instance, true);
    }

    private int next(int instance) {
        for (int i = 1; i <= instances.size(); i++) {
            int candidate = (instance + i) % instances.size();
            if (!down.containsKey(candidate)) {
                return candidate;
            }
        }
        return instance;
    }

    private void loop(int client, long deadline) {
        int at = client % instances.size();
        while (System.nanoTime() < deadline) {
            if (down.containsKey(at)) {
                at = next(at);
            }
            int instance = at;
            WikiClient wiki = instances.get(instance);
            Reply read = call("GET", false, instance, () -> wiki.getPage(slug));
            if (read == null) {
                at = next(at);
                continue;
            }
            if (read.status() != 200) {
                pause(read.status() == 404 ? 1 : 20);
                continue;
            }
            long n;
            try {
                n = Long.parseLong((String) read.jsonObject().get("body"));
            } catch (RuntimeException e) {
                continue; // recorded as a problem by call()
            }
            String etag = read.etag();
            if (attempts.getAndIncrement() >= maxAttempts) {
                return;
            }
            boolean delete = mode == Mode.DELETE_RECREATE && ThreadLocalRandom.current().nextInt(4) == 0;
            if (delete) {
                Reply deleted = call("DELETE", true, instance, () -> wiki.delete(slug, "If-Match", etag));
                if (deleted == null || deleted.status() >= 500) {
                    unknownOutcome.incrementAndGet();
                } else if (deleted.status() == 204) {
                    recreate(instance, n + 1, deadline);
                }
                continue;
            }
            Reply written = mode == Mode.PATCH
                    ? call("PATCH", true, instance, () -> wiki.patch(slug, WikiClient.MERGE_PATCH,
                            Json.object("title", "counter " + (n + 1), "body", Long.toString(n + 1)),
                            "If-Match", etag))
                    : call("PUT", true, instance, () -> wiki.put(slug, page(slug, n + 1), "If-Match", etag));
            if (written == null || written.status() >= 500) {
                unknownOutcome.incrementAndGet();
            } else if (written.status() == 200) {
                claim(n + 1, written);
            }
        }
    }

    /** The client whose DELETE won puts the page back with counter n; nobody else creates it. */
    private void recreate(int instance, long n, long deadline) {
        int at = instance;
        long until = deadline + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            WikiClient wiki = instances.get(at);
            int on = at;
            Reply created = call("PUT", true, on, () -> wiki.put(slug, page(slug, n), "If-None-Match", "*"));
            if (created != null && created.status() == 201) {
                claim(n, created);
                return;
            }
            if (created != null && created.status() == 412) {
                // The create committed although its answer was lost, on an earlier try; the page is back.
                unknownOutcome.incrementAndGet();
                return;
            }
            unknownOutcome.incrementAndGet();
            at = next(at);
            pause(50);
        }
        throw new AssertionError("could not re-create " + slug + " after a successful DELETE");
    }

    private void claim(long value, Reply reply) {
        successes.incrementAndGet();
        if (!claimed.add(value)) {
            duplicates.incrementAndGet();
            System.err.println("[reliability] LOST UPDATE: two successful writes set counter " + value + reply);
        }
    }

    /** Sends one request, records it with its latency and whatever is malformed about its response. */
    private Reply call(String method, boolean write, int instance, Supplier<Reply> request) {
        long start = System.nanoTime();
        Reply reply;
        try {
            reply = request.get();
        } catch (AssertionError e) {
            // WikiClient reports a failed or dropped connection as an AssertionError.
            events.add(new Event(method, write, Event.NO_RESPONSE, instance, start, System.nanoTime(),
                    String.valueOf(e.getMessage())));
            return null;
        }
        long end = System.nanoTime();
        events.add(new Event(method, write, reply.status(), instance, start, end, wellFormed(method, reply)));
        return reply;
    }

    /** Null when the response is what the API promises for its status, else what is wrong. */
    private String wellFormed(String method, Reply reply) {
        try {
            int status = reply.status();
            if (status == 200 || status == 201) {
                WikiAssertions.assertStrongETag(reply);
                WikiAssertions.assertLastModified(reply);
                WikiAssertions.assertJson(reply);
                Map<String, Object> page = reply.jsonObject();
                Object body = page.get("body");
                if (!slug.equals(page.get("slug")) || !(body instanceof String)
                        || !("counter " + body).equals(page.get("title"))) {
                    return "page of another write or half-written: " + reply;
                }
                Long.parseLong((String) body);
            } else if (status == 204) {
                if (!method.equals("DELETE")) {
                    return "204 on " + method + reply;
                }
            } else if (status >= 400) {
                WikiAssertions.assertProblem(status, reply);
            } else {
                return "unexpected status" + reply;
            }
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e.getMessage();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Collection<Event> events() {
        return events;
    }

    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    public long startNanos() {
        return startNanos;
    }

    public int successes() {
        return successes.get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    /** Writes whose client never learnt the outcome (503 or no response): each may or may not have committed. */
    public int unknownOutcome() {
        return unknownOutcome.get();
    }

    /** The malformed responses (at most {@code max}, as text). */
    public List<String> problems(int max) {
        return events.stream().filter(e -> e.problem() != null && e.status() != Event.NO_RESPONSE)
                .limit(max).map(e -> e.method() + " " + e.status() + ": " + e.problem()).toList();
    }

    /**
     * Checks the invariant against the final counter and returns the lost updates counted: successful writes whose
     * value is not reflected (two successes for one value, or fewer counter steps than successes).
     *
     * @param finalCounter the counter in the page after the run
     * @return lost updates (0 when the invariant holds)
     */
    public long lostUpdates(long finalCounter) {
        return duplicates.get() + Math.max(0, successes.get() - finalCounter);
    }

    /** Counter steps that no successful write and no write of unknown outcome accounts for (a 412 that wrote). */
    public long unexplainedWrites(long finalCounter) {
        return Math.max(0, finalCounter - successes.get() - unknownOutcome.get());
    }

    /** Reads the final counter (through any instance that answers). */
    public long finalCounter() {
        for (int i = 0; i < instances.size(); i++) {
            if (down.containsKey(i)) {
                continue;
            }
            Reply reply = instances.get(i).getPage(slug);
            WikiAssertions.assertStatus(200, reply);
            return Long.parseLong((String) reply.jsonObject().get("body"));
        }
        throw new AssertionError("no instance left to read the final counter");
    }
}
