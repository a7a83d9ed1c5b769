package io.precondition.sample.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.ConditionalHeaderValues;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.RawHttp;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.WikiClient;
import io.precondition.sample.support.TestSeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Issue "reliability" item 3: {@link Sizes#fuzzCases()} requests (default 2000; {@code -Dfuzz.cases=100000} for the
 * full size) on every method of the wiki (GET, HEAD, PUT, PATCH, DELETE on a page, GET and HEAD on the list, and
 * POST, which it does not allow), each with one to four conditional header lines of adversarial values from
 * {@link ConditionalHeaderValues} (several lines of one field included). Oracle: never a 5xx, never a dropped
 * connection; a write that carries an If-Match other than a lone {@code *} fails (400, 412 or 431) and leaves the page
 * exactly as it was (ETag and JSON); any write that does not succeed leaves it unchanged.
 *
 * <p>Seeded: four workers, each on its own page with the random stream {@code seed + worker}; the seed is in every
 * failure message; rerun with {@code -Dfuzz.seed=<seed>}. Runs in the H2 execution only unless {@code fuzz.cases}
 * is given (header handling does not depend on the database).
 */
@MicronautTest(transactional = false)
@EnabledIf("runHere")
class ConditionalHeaderFuzzTest extends WikiTestBase {
    private static final long SEED = TestSeed.of("fuzz.seed", "ConditionalHeaderFuzzTest");
    private static final List<String> METHODS = List.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "GET", "PUT",
            "PATCH", "DELETE", "LIST", "POST");
    private static final Set<Integer> WRITE_FAILED = Set.of(400, 412, 431);
    /** What a read may get for fuzzed conditionals (wiki-api rules 1 and 4): never 413 for a header too large, HEAD neither. */
    private static final Set<Integer> READ_ANSWERS = Set.of(200, 304, 400, 412, 431);

    private static final int WORKERS = 4;

    /** Header parsing does not depend on the database: CI fuzzes in the H2 run only, unless fuzz.cases is given. */
    static boolean runHere() {
        return !TestDatabase.isPostgres() || System.getProperty("fuzz.cases") != null;
    }

    @Test
    @DisplayName("fuzzed conditional headers on every method: never 5xx or a dropped connection; a write with a non-matching or malformed If-Match never changes the page (rule 4)")
    void fuzzedConditionalHeadersNeverFailOrWrite() throws Exception {
        int cases = Sizes.fuzzCases();
        Map<String, Long> statuses = new ConcurrentSkipListMap<>();
        long[] writes = new long[WORKERS];
        long[] successes = new long[WORKERS];
        long[] refused = new long[WORKERS];
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            int share = cases / WORKERS + (w < cases % WORKERS ? 1 : 0);
            futures.add(pool.submit(() -> {
                fuzz(worker, share, statuses, writes, successes, refused);
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> f : futures) {
                f.get(Sizes.fuzzCases() / 10 + 300L, TimeUnit.SECONDS); // far above 10 cases/s
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long allWrites = LongStream.of(writes).sum();
        new Report("header fuzzing, all methods (seed " + SEED + ")", 1, WORKERS)
                .attempts(cases).successes(LongStream.of(successes).sum()).preconditionFailed(statuses.entrySet()
                        .stream().filter(e -> e.getKey().endsWith(" 412")).mapToLong(Map.Entry::getValue).sum())
                .serverErrors(0).duration(Duration.ofNanos(System.nanoTime() - start))
                .note(allWrites + " writes, " + LongStream.of(refused).sum() + " refused and unchanged; statuses "
                        + statuses)
                .publish();
    }

    /** One worker: its own page, its own random stream (seed + worker). */
    private void fuzz(int worker, int cases, Map<String, Long> statuses, long[] writes, long[] writeSuccesses,
                      long[] writesRefused) {
        Random random = new Random(SEED + worker);
        String slug = slug("fuzz-all");
        create(slug);
        Reply before = wiki.current(slug);
        for (int i = 0; i < cases; i++) {
            String method = METHODS.get(random.nextInt(METHODS.size()));
            boolean list = method.equals("LIST");
            String httpMethod = list ? (random.nextBoolean() ? "GET" : "HEAD") : method;
            boolean write = Set.of("PUT", "PATCH", "DELETE").contains(method);
            RawHttp request = RawHttp.request(wiki.port(), httpMethod, list ? "/pages" : WikiClient.path(slug));
            List<String> sent = new ArrayList<>();
            // Writes carry If-Match in three cases of four; the other conditionals are added at random.
            boolean ifMatch = write && random.nextInt(4) != 0;
            List<String> ifMatchLines = new ArrayList<>();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines || (ifMatch && ifMatchLines.isEmpty()); l++) {
                String field = ifMatch && ifMatchLines.isEmpty() ? "If-Match"
                        : ConditionalHeaderValues.FIELDS.get(random.nextInt(4));
                if (field.equals("If-Match") && write && !ifMatch) {
                    field = "If-None-Match";
                }
                String value = ConditionalHeaderValues.value(random, before.etag());
                request.header(field, value);
                sent.add(field + ": [" + RawHttp.escape(value) + "]");
                if (field.equals("If-Match")) {
                    ifMatchLines.add(value);
                }
            }
            if (method.equals("PUT")) {
                request.header("Content-Type", "application/json").body(Json.page(slug, "fuzzed " + i, "x"));
            } else if (method.equals("PATCH")) {
                request.header("Content-Type", "application/merge-patch+json")
                        .body(Json.object("title", "fuzzed " + i));
            } else if (method.equals("POST")) {
                request.header("Content-Type", "application/json").body(Json.page(slug, "posted", "x"));
            }
            String where = "fuzz case " + i + " of worker " + worker + ", seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "): "
                    + httpMethod + (list ? " /pages " : " ") + sent;
            Reply reply;
            try {
                reply = request.send();
            } catch (AssertionError e) {
                throw new AssertionError(where + ": " + e.getMessage(), e);
            }
            statuses.merge(method + " " + reply.status(), 1L, Long::sum);
            if (reply.status() >= 500) {
                fail(where + " gave " + reply.status() + reply);
            }
            if (!write) {
                if (!method.equals("POST") && !READ_ANSWERS.contains(reply.status())) {
                    fail(where + ": a read answers " + READ_ANSWERS + ", got " + reply);
                }
                continue;
            }
            writes[worker]++;
            boolean success = reply.status() >= 200 && reply.status() < 300;
            boolean mayPass = ifMatchLines.isEmpty()
                    || (ifMatchLines.size() == 1 && ConditionalHeaderValues.mayMatch(ifMatchLines.get(0)));
            if (!mayPass && !WRITE_FAILED.contains(reply.status())) {
                fail(where + ": a write whose If-Match cannot match must fail (412, or 400/431), got " + reply);
            }
            if (success) {
                writeSuccesses[worker]++;
                if (reply.status() == 204) {
                    create(slug);
                }
                before = wiki.current(slug);
                continue;
            }
            writesRefused[worker]++;
            Reply now = wiki.getPage(slug);
            if (now.status() != 200 || !before.etag().equals(now.etag()) || !before.json().equals(now.json())) {
                fail(where + ": a failed write (" + reply.status() + ") changed the page" + now);
            }
        }
    }
}
