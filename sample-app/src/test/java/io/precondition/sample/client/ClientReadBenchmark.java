package io.precondition.sample.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.reliability.TcpProxy;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The client benchmark (docs/performance.md, "Client"; run by {@code bench/client.sh}, never in the normal build):
 * a declarative client reading a 64 KB wiki page repeatedly, revalidating ({@code @Versioned}: 304s) against plain
 * reads, in reads/s (4 threads, fixed durations) and bytes received per read (counted by a TCP proxy between client
 * and app); and fresh hits ({@code max-age}, no request) against network reads of a 64 KB file from nginx. Results
 * are printed and written to {@code bench/results/client.md}.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "bench.client", matches = "true")
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class ClientReadBenchmark extends WikiTestBase {

    private static final int THREADS = 4;
    private static final long WARMUP_SECONDS = Long.getLong("bench.warmup", 5);
    private static final long MEASURE_SECONDS = Long.getLong("bench.seconds", 10);
    private static final int BYTE_READS = 200;

    @Inject
    EmbeddedServer app;

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterAll
    void closeResources() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private BenchPages client(String url) {
        ApplicationContext context = ApplicationContext.run(Map.of("bench.url", url,
                "datasources.default.enabled", "false", "flyway.enabled", "false"));
        resources.add(context);
        return context.getBean(BenchPages.class);
    }

    @Test
    void clientReads() throws Exception {
        String slug = slug("bench");
        String body = "x".repeat(64 * 1024);
        Reply created = wiki.create(slug, "Bench", body);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        String path = "pages/" + slug;
        BenchPages direct = client("http://127.0.0.1:" + app.getPort());
        check(direct, path, body);

        double plainRate = readsPerSecond(p -> direct.plain(path).join());
        double revalidatedRate = readsPerSecond(p -> direct.revalidated(path).join());

        TcpProxy proxy = new TcpProxy(app.getPort());
        resources.add(proxy);
        BenchPages proxied = client("http://127.0.0.1:" + proxy.port());
        double plainBytes = bytesPerRead(proxy, () -> proxied.plain(path).join());
        proxied.revalidated(path).join(); // stores it: the reads measured are all revalidations
        double revalidatedBytes = bytesPerRead(proxy, () -> proxied.revalidated(path).join());

        StaticServer nginx = StaticServer.nginx("""
                location /fresh/ { add_header Cache-Control "max-age=3600"; }
                location /revalidate/ { add_header Cache-Control "no-cache"; }
                """);
        resources.add(nginx);
        for (String dir : List.of("fresh", "revalidate")) {
            Files.createDirectories(nginx.docs().resolve(dir));
            Files.writeString(nginx.docs().resolve(dir + "/page.txt"), body);
        }
        BenchPages files = client(nginx.url());
        check(files, "fresh/page.txt", body);
        check(files, "revalidate/page.txt", body);
        double networkRate = readsPerSecond(p -> files.plain("fresh/page.txt").join());
        double freshRate = readsPerSecond(p -> files.revalidated("fresh/page.txt").join());
        double nginxRevalidatedRate = readsPerSecond(p -> files.revalidated("revalidate/page.txt").join());

        report(plainRate, revalidatedRate, plainBytes, revalidatedBytes, networkRate, freshRate);
        String nginxRow = String.format(Locale.ROOT, "| nginx, revalidating reads/s (no-cache: 304) | %.0f |%n"
                + "| nginx, revalidating / plain reads/s | **%.2fx** |%n", nginxRevalidatedRate,
                nginxRevalidatedRate / networkRate);
        System.out.println(nginxRow);
        Files.writeString(Path.of("..", "bench", "results", "client.md"), nginxRow,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static void check(BenchPages pages, String path, String body) {
        if (!pages.revalidated(path).join().contains(body) || !pages.plain(path).join().contains(body)) {
            throw new AssertionError("the benchmark's reads do not return the 64 KB body");
        }
    }

    /** Reads/s over {@link #MEASURE_SECONDS} with {@link #THREADS} threads, after a warm-up of the same kind. */
    private static double readsPerSecond(Function<Integer, String> read) throws Exception {
        run(read, WARMUP_SECONDS);
        return run(read, MEASURE_SECONDS) / (double) MEASURE_SECONDS;
    }

    private static long run(Function<Integer, String> read, long seconds) throws Exception {
        LongAdder reads = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        read.apply(0);
                        reads.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(seconds + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return reads.sum();
    }

    private static double bytesPerRead(TcpProxy proxy, Runnable read) throws InterruptedException {
        read.run(); // connection opened and warm
        Thread.sleep(200);
        long before = proxy.bytesToClients();
        for (int i = 0; i < BYTE_READS; i++) {
            read.run();
        }
        Thread.sleep(200);
        return (proxy.bytesToClients() - before) / (double) BYTE_READS;
    }

    private static void report(double plainRate, double revalidatedRate, double plainBytes, double revalidatedBytes,
                               double networkRate, double freshRate) throws IOException {
        String table = String.format(Locale.ROOT, """
                | measure (64 KB representation, %d threads, %d s each after %d s warm-up) | value |
                |---|---|
                | wiki, plain reads/s (200 every time) | %.0f |
                | wiki, revalidating reads/s (@Versioned: 304, body from the store) | %.0f |
                | revalidating / plain reads/s | **%.2fx** |
                | wiki, bytes received per plain read | %.0f |
                | wiki, bytes received per revalidating read | %.0f |
                | revalidating / plain bytes per read | **%.2f %%** |
                | nginx, network reads/s (plain, 200) | %.0f |
                | nginx, fresh hits/s (@Versioned, max-age=3600: no request) | %.0f |
                | fresh hits / network reads | **%.1fx** |
                """, THREADS, MEASURE_SECONDS, WARMUP_SECONDS, plainRate, revalidatedRate, revalidatedRate / plainRate,
                plainBytes, revalidatedBytes, 100 * revalidatedBytes / plainBytes, networkRate, freshRate,
                freshRate / networkRate);
        System.out.println("[ClientReadBenchmark]\n" + table);
        Path results = Path.of("..", "bench", "results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("client.md"), table);
    }
}
