package io.precondition.sample.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.EnumMap;
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
import io.micronaut.http.client.HttpClientRegistry;
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
 * and app); and fresh hits ({@code max-age}, no request) against network reads of a 64 KB file from nginx. Every
 * measure runs with Micronaut's JDK client and with its Netty client, each in an application context of its own, in
 * this one JVM; per client the table also gives the connections opened and the threads started per read (the JDK
 * client's {@code sendAsync} completes each response on {@code CompletableFuture}'s default executor, which starts a
 * new thread per task when the common pool's parallelism is below 2, i.e. on a machine with 2 processors or fewer).
 * Results are printed and written to {@code bench/results/client.md}.
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

    /**
     * The two implementations of Micronaut's HTTP client, measured alike. With both on the classpath Micronaut would
     * always pick the Netty one, so each context gets a class loader that hides the other's bean definitions.
     */
    enum Impl {
        JDK("JDK client", "/micronaut-http-client/", ".jdk."),
        NETTY("Netty client", "/micronaut-http-client-jdk/", ".netty.");

        final String label;
        final String hiddenArtifact;
        final String registryPackage;

        Impl(String label, String hiddenArtifact, String registryPackage) {
            this.label = label;
            this.hiddenArtifact = "/io/micronaut" + hiddenArtifact;
            this.registryPackage = registryPackage;
        }
    }

    /** A class loader that delegates everything, but lists no resource of one artifact (its service definitions). */
    private static final class Hiding extends ClassLoader {
        private final String hidden;

        Hiding(ClassLoader parent, String hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> kept = new ArrayList<>();
            for (URL url : Collections.list(super.getResources(name))) {
                if (!url.toString().contains(hidden)) {
                    kept.add(url);
                }
            }
            return Collections.enumeration(kept);
        }
    }

    private BenchPages client(String url, Impl impl) {
        ApplicationContext context = ApplicationContext.builder()
                .classLoader(new Hiding(getClass().getClassLoader(), impl.hiddenArtifact))
                .properties(Map.of("bench.url", url, "datasources.default.enabled", "false",
                        "flyway.enabled", "false"))
                .start();
        resources.add(context);
        String registry = context.getBean(HttpClientRegistry.class).getClass().getName();
        if (!registry.contains(impl.registryPackage)) {
            throw new AssertionError(impl.label + " context has " + registry
                    + " (run with -Dbench.client=true: profile bench-client puts the Netty client on the classpath)");
        }
        return context.getBean(BenchPages.class);
    }

    /** One client implementation's results. */
    record Results(Rate plain, Rate revalidated, double plainBytes, double revalidatedBytes,
                   long plainConnections, long revalidatedConnections, Rate network, Rate fresh,
                   Rate nginxRevalidated) {
    }

    /** Reads per second, and threads started in the JVM per read while measuring. */
    record Rate(double perSecond, double threadsPerRead) {
    }

    @Test
    void clientReads() throws Exception {
        String slug = slug("bench");
        String body = "x".repeat(64 * 1024);
        Reply created = wiki.create(slug, "Bench", body);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        StaticServer nginx = StaticServer.nginx("""
                location /fresh/ { add_header Cache-Control "max-age=3600"; }
                location /revalidate/ { add_header Cache-Control "no-cache"; }
                """);
        resources.add(nginx);
        for (String dir : List.of("fresh", "revalidate")) {
            Files.createDirectories(nginx.docs().resolve(dir));
            Files.writeString(nginx.docs().resolve(dir + "/page.txt"), body);
        }
        Map<Impl, Results> results = new EnumMap<>(Impl.class);
        for (Impl impl : Impl.values()) {
            results.put(impl, measure(impl, "pages/" + slug, body, nginx));
        }
        report(results);
    }

    private Results measure(Impl impl, String path, String body, StaticServer nginx) throws Exception {
        BenchPages direct = client("http://127.0.0.1:" + app.getPort(), impl);
        check(direct, path, body);
        Rate plainRate = readsPerSecond(p -> direct.plain(path).join());
        Rate revalidatedRate = readsPerSecond(p -> direct.revalidated(path).join());

        TcpProxy proxy = new TcpProxy(app.getPort());
        resources.add(proxy);
        BenchPages proxied = client("http://127.0.0.1:" + proxy.port(), impl);
        long connections = proxy.accepted();
        double plainBytes = bytesPerRead(proxy, () -> proxied.plain(path).join());
        long plainConnections = proxy.accepted() - connections;
        proxied.revalidated(path).join(); // stores it: the reads measured are all revalidations
        connections = proxy.accepted();
        double revalidatedBytes = bytesPerRead(proxy, () -> proxied.revalidated(path).join());
        long revalidatedConnections = proxy.accepted() - connections;

        BenchPages files = client(nginx.url(), impl);
        check(files, "fresh/page.txt", body);
        check(files, "revalidate/page.txt", body);
        Rate networkRate = readsPerSecond(p -> files.plain("fresh/page.txt").join());
        Rate freshRate = readsPerSecond(p -> files.revalidated("fresh/page.txt").join());
        Rate nginxRevalidatedRate = readsPerSecond(p -> files.revalidated("revalidate/page.txt").join());
        return new Results(plainRate, revalidatedRate, plainBytes, revalidatedBytes, plainConnections,
                revalidatedConnections, networkRate, freshRate, nginxRevalidatedRate);
    }

    private static void check(BenchPages pages, String path, String body) {
        if (!pages.revalidated(path).join().contains(body) || !pages.plain(path).join().contains(body)) {
            throw new AssertionError("the benchmark's reads do not return the 64 KB body");
        }
    }

    /** Reads/s over {@link #MEASURE_SECONDS} with {@link #THREADS} threads, after a warm-up of the same kind. */
    private static Rate readsPerSecond(Function<Integer, String> read) throws Exception {
        run(read, WARMUP_SECONDS);
        long threads = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        long reads = run(read, MEASURE_SECONDS);
        // the measure's own pool starts THREADS threads
        threads = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threads - THREADS;
        return new Rate(reads / (double) MEASURE_SECONDS, threads / (double) Math.max(1, reads));
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

    private static void report(Map<Impl, Results> results) throws IOException {
        Results jdk = results.get(Impl.JDK);
        Results netty = results.get(Impl.NETTY);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| measure (64 KB representation, %d threads, %d s each after %d s warm-up) | %s | %s |%n|---|---|---|%n",
                THREADS, MEASURE_SECONDS, WARMUP_SECONDS, Impl.JDK.label, Impl.NETTY.label));
        row(table, "wiki, plain reads/s (200 every time)", "%.0f", jdk.plain().perSecond(),
                netty.plain().perSecond());
        row(table, "wiki, revalidating reads/s (@Versioned: 304, body from the store)", "%.0f",
                jdk.revalidated().perSecond(), netty.revalidated().perSecond());
        row(table, "revalidating / plain reads/s", "**%.2fx**",
                jdk.revalidated().perSecond() / jdk.plain().perSecond(),
                netty.revalidated().perSecond() / netty.plain().perSecond());
        row(table, "wiki, bytes received per plain read", "%.0f", jdk.plainBytes(), netty.plainBytes());
        row(table, "wiki, bytes received per revalidating read", "%.0f", jdk.revalidatedBytes(),
                netty.revalidatedBytes());
        row(table, "revalidating / plain bytes per read", "**%.2f %%**",
                100 * jdk.revalidatedBytes() / jdk.plainBytes(), 100 * netty.revalidatedBytes() / netty.plainBytes());
        row(table, "wiki, connections opened over " + (BYTE_READS + 1) + " plain / revalidating reads (one thread)",
                "%s", jdk.plainConnections() + " / " + jdk.revalidatedConnections(),
                netty.plainConnections() + " / " + netty.revalidatedConnections());
        row(table, "wiki, threads started per plain / revalidating read", "%s",
                threadsPerRead(jdk.plain(), jdk.revalidated()), threadsPerRead(netty.plain(), netty.revalidated()));
        row(table, "nginx, network reads/s (plain, 200)", "%.0f", jdk.network().perSecond(),
                netty.network().perSecond());
        row(table, "nginx, fresh hits/s (@Versioned, max-age=3600: no request)", "%.0f", jdk.fresh().perSecond(),
                netty.fresh().perSecond());
        row(table, "fresh hits / network reads", "**%.1fx**", jdk.fresh().perSecond() / jdk.network().perSecond(),
                netty.fresh().perSecond() / netty.network().perSecond());
        row(table, "nginx, revalidating reads/s (no-cache: 304)", "%.0f", jdk.nginxRevalidated().perSecond(),
                netty.nginxRevalidated().perSecond());
        row(table, "nginx, revalidating / plain reads/s", "**%.2fx**",
                jdk.nginxRevalidated().perSecond() / jdk.network().perSecond(),
                netty.nginxRevalidated().perSecond() / netty.network().perSecond());
        table.append(String.format(Locale.ROOT, "%nLoad average at the end: %.2f (%d processors)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.println("[ClientReadBenchmark]\n" + table);
        Path dir = Path.of("..", "bench", "results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("client.md"), table);
    }

    private static String threadsPerRead(Rate plain, Rate revalidated) {
        return String.format(Locale.ROOT, "%.2f / %.2f", plain.threadsPerRead(), revalidated.threadsPerRead());
    }

    private static void row(StringBuilder table, String measure, String format, Object jdk, Object netty) {
        table.append(String.format(Locale.ROOT, "| %s | " + format + " | " + format + " |%n", measure, jdk, netty));
    }
}
