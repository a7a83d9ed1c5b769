package io.precondition.sample.client;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.precondition.sample.client.ClientReadBenchmark.Rate;
import io.precondition.sample.client.ClientReadBenchmark.Results;

/** The client benchmark's table: printed, and written to {@code bench/results/client.md}. */
final class ClientBenchReport {

    private ClientBenchReport() {
    }

    static void write(int threads, long seconds, long warmup, Results jdk, Results netty) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| measure (64 KB representation, %d threads, %d s each after %d s warm-up; wiki in its own JVM; "
                        + "its plain and revalidating reads alternated in %d rounds) | JDK client | Netty client |%n"
                        + "|---|---|---|%n", threads, seconds, warmup, ClientReadBenchmark.ROUNDS));
        row(table, "wiki, String of one letter, plain reads/s (200 every time)", "%.0f", jdk.plain().perSecond(),
                netty.plain().perSecond());
        row(table, "wiki, String of one letter, revalidating reads/s (@Versioned: 304, body from the store)", "%.0f",
                jdk.revalidated().perSecond(), netty.revalidated().perSecond());
        ratio(table, "wiki, String of one letter, revalidating / plain reads/s", jdk.revalidated(), jdk.plain(),
                netty.revalidated(), netty.plain());
        row(table, "wiki, Page record of text, plain reads/s (200 and JSON decoding every time)", "%.0f",
                jdk.plainPage().perSecond(), netty.plainPage().perSecond());
        row(table, "wiki, Page record of text, revalidating reads/s (304, the record decoded once per stored page)",
                "%.0f", jdk.revalidatedPage().perSecond(), netty.revalidatedPage().perSecond());
        ratio(table, "wiki, Page record of text, revalidating / plain reads/s", jdk.revalidatedPage(), jdk.plainPage(),
                netty.revalidatedPage(), netty.plainPage());
        row(table, "wiki over a paced 1 Gbit/s link, Page record of text, plain reads/s", "%.0f",
                jdk.linkPlainPage().perSecond(), netty.linkPlainPage().perSecond());
        row(table, "wiki over a paced 1 Gbit/s link, Page record of text, revalidating reads/s", "%.0f",
                jdk.linkRevalidatedPage().perSecond(), netty.linkRevalidatedPage().perSecond());
        ratio(table, "wiki over a paced 1 Gbit/s link, Page record of text, revalidating / plain reads/s",
                jdk.linkRevalidatedPage(), jdk.linkPlainPage(), netty.linkRevalidatedPage(), netty.linkPlainPage());
        row(table, "the link's use by the plain reads (their bytes x 8 / bandwidth: the pacing's check)", "%.0f %%",
                linkUse(jdk), linkUse(netty));
        cpu(table, "String of one letter", jdk.plain(), jdk.revalidated(), netty.plain(), netty.revalidated());
        cpu(table, "Page record of text", jdk.plainPage(), jdk.revalidatedPage(), netty.plainPage(),
                netty.revalidatedPage());
        bytes(table, jdk, netty);
        nginx(table, jdk, netty);
        table.append(String.format(Locale.ROOT, "%nLoad average at the end: %.2f (%d processors)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.println("[ClientReadBenchmark]\n" + table);
        Path dir = Path.of("..", "bench", "results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("client.md"), table);
    }

    private static void bytes(StringBuilder table, Results jdk, Results netty) {
        row(table, "wiki, bytes received per plain read", "%.0f", jdk.plainBytes(), netty.plainBytes());
        row(table, "wiki, bytes received per revalidating read", "%.0f", jdk.revalidatedBytes(),
                netty.revalidatedBytes());
        row(table, "revalidating / plain bytes per read", "**%.2f %%**",
                100 * jdk.revalidatedBytes() / jdk.plainBytes(), 100 * netty.revalidatedBytes() / netty.plainBytes());
        row(table, "wiki, connections opened over plain / revalidating reads (one thread)", "%s",
                jdk.plainConnections() + " / " + jdk.revalidatedConnections(),
                netty.plainConnections() + " / " + netty.revalidatedConnections());
        row(table, "client JVM, threads started per plain / revalidating read", "%s",
                threadsPerRead(jdk.plain(), jdk.revalidated()), threadsPerRead(netty.plain(), netty.revalidated()));
    }

    private static void cpu(StringBuilder table, String page, Rate jdkPlain, Rate jdkRevalidated, Rate nettyPlain,
                            Rate nettyRevalidated) {
        row(table, "wiki, " + page + ", CPU µs per plain / revalidating read, client JVM", "%s",
                micros(jdkPlain.clientCpuMicros(), jdkRevalidated.clientCpuMicros()),
                micros(nettyPlain.clientCpuMicros(), nettyRevalidated.clientCpuMicros()));
        row(table, "wiki, " + page + ", CPU µs per plain / revalidating read, wiki JVM", "%s",
                micros(jdkPlain.wikiCpuMicros(), jdkRevalidated.wikiCpuMicros()),
                micros(nettyPlain.wikiCpuMicros(), nettyRevalidated.wikiCpuMicros()));
    }

    private static double linkUse(Results results) {
        return 100 * results.linkPlainPage().perSecond() * results.linkPlainPageBytes() * 8
                / ClientReadBenchmark.LINK_BITS_PER_SECOND;
    }

    private static String micros(double plain, double revalidated) {
        return String.format(Locale.ROOT, "%.0f / %.0f", plain, revalidated);
    }

    private static void nginx(StringBuilder table, Results jdk, Results netty) {
        row(table, "nginx, network reads/s (plain, 200)", "%.0f", jdk.network().perSecond(),
                netty.network().perSecond());
        row(table, "nginx, fresh hits/s (@Versioned, max-age=3600: no request)", "%.0f", jdk.fresh().perSecond(),
                netty.fresh().perSecond());
        ratio(table, "fresh hits / network reads", jdk.fresh(), jdk.network(), netty.fresh(), netty.network());
        row(table, "nginx, revalidating reads/s (no-cache: 304)", "%.0f", jdk.nginxRevalidated().perSecond(),
                netty.nginxRevalidated().perSecond());
        ratio(table, "nginx, revalidating / plain reads/s", jdk.nginxRevalidated(), jdk.network(),
                netty.nginxRevalidated(), netty.network());
    }

    private static void ratio(StringBuilder table, String measure, Rate jdk, Rate jdkBase, Rate netty,
                              Rate nettyBase) {
        row(table, measure, "**%.2fx**", jdk.perSecond() / jdkBase.perSecond(),
                netty.perSecond() / nettyBase.perSecond());
    }

    private static String threadsPerRead(Rate plain, Rate revalidated) {
        return String.format(Locale.ROOT, "%.2f / %.2f", plain.threadsPerRead(), revalidated.threadsPerRead());
    }

    private static void row(StringBuilder table, String measure, String format, Object jdk, Object netty) {
        table.append(String.format(Locale.ROOT, "| %s | " + format + " | " + format + " |%n", measure, jdk, netty));
    }
}
