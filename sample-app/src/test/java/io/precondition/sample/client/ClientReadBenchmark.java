package io.precondition.sample.client;

import java.io.IOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClientRegistry;
import io.precondition.sample.reliability.AppProcess;
import io.precondition.sample.reliability.TcpProxy;
import io.precondition.sample.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The client benchmark (docs/performance.md, "Client"; run by {@code bench/client.sh}, never in the normal build):
 * a declarative client reading a 64 KB wiki page repeatedly, revalidating ({@code @Versioned}: 304s) against plain
 * reads, in reads/s (4 threads, fixed durations) and bytes received per read (counted by a TCP proxy between client
 * and app); and fresh hits ({@code max-age}, no request) against network reads of a 64 KB file from nginx. The wiki
 * runs in a JVM of its own ({@link AppProcess#startForBenchmark}); its pages are read twice over: as a {@code String} of one repeated
 * letter (the first runs' measure), and as the {@link io.precondition.sample.Page} record of 64 KB of wiki-like text
 * ({@link WikiText}, seed {@link #TEXT_SEED}), decoded from JSON as a client of the wiki's API does; each plain and
 * revalidating pair of the wiki is measured in alternating rounds ({@link #alternated}). Every measure
 * runs with Micronaut's JDK client and with its Netty client, each in an application context of its own in this
 * JVM; per client the table also gives the connections opened and the threads started per read (the JDK client's
 * {@code sendAsync} completes each response on {@code CompletableFuture}'s default executor, which starts a new thread
 * per task when the common pool's parallelism is below 2, i.e. on a machine with 2 processors or fewer). The Page
 * reads are measured once more through a proxy that paces both directions to a shared 1 Gbit/s link
 * ({@link io.precondition.sample.reliability.PacedLink}), where the link, not the CPU, bounds a full read. Results are
 * printed and written to {@code bench/results/client.md} ({@link ClientBenchReport}).
 */
@EnabledIfSystemProperty(named = "bench.client", matches = "true")
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientReadBenchmark {

    private static final int THREADS = 4;
    private static final long WARMUP_SECONDS = Long.getLong("bench.warmup", 5);
    private static final long MEASURE_SECONDS = Long.getLong("bench.seconds", 10);
    private static final int BYTE_READS = 200;
    /** Rounds that alternate a plain and a revalidating read ({@link #alternated}). */
    static final int ROUNDS = 5;
    static final long TEXT_SEED = 20261207L;
    /** The slower link's bandwidth, each way: a paced {@link TcpProxy} on 127.0.0.1. */
    static final long LINK_BITS_PER_SECOND = 1_000_000_000L;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private AppProcess wiki;

    /** The wiki in a JVM of its own; {@code -Dbench.wiki.jvm="..."} adds JVM options, e.g. a flight recording. */
    @BeforeAll
    void startWiki() {
        String extra = System.getProperty("bench.wiki.jvm", "").trim();
        wiki = AppProcess.startForBenchmark(extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")));
        resources.add(wiki);
        wiki.awaitReady(90);
    }

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
    record Results(Rate plain, Rate revalidated, Rate plainPage, Rate revalidatedPage, Rate linkPlainPage,
                   Rate linkRevalidatedPage, double linkPlainPageBytes, double plainBytes, double revalidatedBytes,
                   long plainConnections, long revalidatedConnections, Rate network, Rate fresh,
                   Rate nginxRevalidated) {
    }

    /**
     * Reads per second; threads started in the client's JVM per read; CPU time (user and system) per read of the
     * client's JVM and of the wiki's (0 for nginx: not measured), in microseconds.
     */
    record Rate(double perSecond, double threadsPerRead, double clientCpuMicros, double wikiCpuMicros) {
    }

    @Test
    void clientReads() throws Exception {
        String body = "x".repeat(64 * 1024);
        String text = WikiText.generate(TEXT_SEED, 64 * 1024);
        System.out.println("[ClientReadBenchmark] page text seed " + TEXT_SEED);
        wiki.client().create("bench-letters", "Bench", body);
        wiki.client().create("bench-text", "Bench text", text);
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
            results.put(impl, measure(impl, body, text, nginx));
        }
        ClientBenchReport.write(THREADS, MEASURE_SECONDS, WARMUP_SECONDS, results.get(Impl.JDK),
                results.get(Impl.NETTY));
    }

    private Results measure(Impl impl, String body, String text, StaticServer nginx) throws Exception {
        String path = "pages/bench-letters";
        BenchPages direct = client("http://127.0.0.1:" + wiki.port(), impl);
        check(direct, path, body);
        checkPage(direct, "bench-text", text);
        String label = impl.label + ", ";
        Optional<AppProcess> measured = Optional.of(wiki);
        RatePair letters = alternated(label + "wiki, String, plain / revalidating", measured,
                p -> direct.plain(path).join(), p -> direct.revalidated(path).join());
        RatePair page = alternated(label + "wiki, Page, plain / revalidating", measured,
                p -> direct.plainPage("bench-text").join().title(),
                p -> direct.revalidatedPage("bench-text").join().title());

        TcpProxy proxy = new TcpProxy(wiki.port());
        resources.add(proxy);
        BenchPages proxied = client("http://127.0.0.1:" + proxy.port(), impl);
        long connections = proxy.accepted();
        double plainBytes = bytesPerRead(proxy, () -> proxied.plain(path).join());
        long plainConnections = proxy.accepted() - connections;
        proxied.revalidated(path).join(); // stores it: the reads measured are all revalidations
        connections = proxy.accepted();
        double revalidatedBytes = bytesPerRead(proxy, () -> proxied.revalidated(path).join());
        long revalidatedConnections = proxy.accepted() - connections;

        TcpProxy link = new TcpProxy(wiki.port(), LINK_BITS_PER_SECOND);
        resources.add(link);
        BenchPages linked = client("http://127.0.0.1:" + link.port(), impl);
        checkPage(linked, "bench-text", text);
        RatePair linkPage = alternated(label + "wiki over 1 Gbit/s, Page, plain / revalidating", measured,
                p -> linked.plainPage("bench-text").join().title(),
                p -> linked.revalidatedPage("bench-text").join().title());
        double linkPlainPageBytes = bytesPerRead(link, () -> linked.plainPage("bench-text").join());

        BenchPages files = client(nginx.url(), impl);
        check(files, "fresh/page.txt", body);
        check(files, "revalidate/page.txt", body);
        Rate networkRate = readsPerSecond(label + "nginx, plain", Optional.empty(),
                p -> files.plain("fresh/page.txt").join());
        Rate freshRate = readsPerSecond(label + "nginx, fresh", Optional.empty(),
                p -> files.revalidated("fresh/page.txt").join());
        Rate nginxRevalidatedRate = readsPerSecond(label + "nginx, revalidating", Optional.empty(),
                p -> files.revalidated("revalidate/page.txt").join());
        return new Results(letters.plain(), letters.revalidating(), page.plain(), page.revalidating(),
                linkPage.plain(), linkPage.revalidating(), linkPlainPageBytes, plainBytes,
                revalidatedBytes, plainConnections, revalidatedConnections, networkRate, freshRate,
                nginxRevalidatedRate);
    }

    private static void checkPage(BenchPages pages, String slug, String text) {
        if (!pages.revalidatedPage(slug).join().body().equals(text)
                || !pages.plainPage(slug).join().body().equals(text)) {
            throw new AssertionError("the benchmark's page reads do not return the 64 KB text");
        }
    }

    private static void check(BenchPages pages, String path, String body) {
        if (!pages.revalidated(path).join().contains(body) || !pages.plain(path).join().contains(body)) {
            throw new AssertionError("the benchmark's reads do not return the 64 KB body");
        }
    }

    /** Reads/s over {@link #MEASURE_SECONDS} with {@link #THREADS} threads, after a warm-up of the same kind. */
    private static Rate readsPerSecond(String label, Optional<AppProcess> server, Function<Integer, String> read)
            throws Exception {
        System.out.println("[ClientReadBenchmark] " + java.time.LocalTime.now() + " " + label);
        run(read, TimeUnit.SECONDS.toMillis(WARMUP_SECONDS));
        Tally tally = new Tally();
        tally.measure(read, TimeUnit.SECONDS.toMillis(MEASURE_SECONDS), server);
        return tally.rate();
    }

    /**
     * A plain and a revalidating read measured alike: each warmed up, then {@link #ROUNDS} rounds that alternate them
     * (each round a share of {@link #MEASURE_SECONDS}), so that a drift of the machine during the measure weighs on
     * both and not on their ratio.
     */
    private static RatePair alternated(String label, Optional<AppProcess> server, Function<Integer, String> plain,
                                       Function<Integer, String> revalidating) throws Exception {
        System.out.println("[ClientReadBenchmark] " + java.time.LocalTime.now() + " " + label);
        long warmup = TimeUnit.SECONDS.toMillis(WARMUP_SECONDS);
        run(plain, warmup);
        run(revalidating, warmup);
        long round = TimeUnit.SECONDS.toMillis(MEASURE_SECONDS) / ROUNDS;
        Tally plainTally = new Tally();
        Tally revalidatingTally = new Tally();
        for (int r = 0; r < ROUNDS; r++) {
            plainTally.measure(plain, round, server);
            revalidatingTally.measure(revalidating, round, server);
        }
        return new RatePair(plainTally.rate(), revalidatingTally.rate());
    }

    /** A plain read's and a revalidating read's rates, measured by {@link #alternated}. */
    record RatePair(Rate plain, Rate revalidating) {
    }

    /** Reads, threads started and CPU time summed over the rounds of one kind of read. */
    private static final class Tally {
        private long reads;
        private long millis;
        private long threads;
        private long clientCpu;
        private long wikiCpu;

        void measure(Function<Integer, String> read, long durationMillis, Optional<AppProcess> server)
                throws Exception {
            long threadsBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            long clientBefore = clientCpuNanos();
            long wikiBefore = server.map(AppProcess::cpuNanos).orElse(0L);
            reads += run(read, durationMillis);
            millis += durationMillis;
            // the measure's own pool starts THREADS threads
            threads += ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsBefore - THREADS;
            clientCpu += clientCpuNanos() - clientBefore;
            wikiCpu += server.map(AppProcess::cpuNanos).orElse(0L) - wikiBefore;
        }

        Rate rate() {
            double perRead = Math.max(1, reads);
            return new Rate(reads * 1000.0 / millis, threads / perRead, clientCpu / perRead / 1000,
                    wikiCpu / perRead / 1000);
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long run(Function<Integer, String> read, long millis) throws Exception {
        LongAdder reads = new LongAdder();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
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
                worker.get(millis + 60_000, TimeUnit.MILLISECONDS);
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
}
