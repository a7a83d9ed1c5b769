import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The driver of bench/run.sh (a single-file program: {@code java bench/Harness.java ...}, no dependencies).
 *
 * <pre>
 * java bench/Harness.java http [--duration S] [--rounds N] [--warmup S] [--warmup-passes N] [--out DIR] [--chart PNG]
 *     drives the running apps (bench-app on 8081, bench-app-plain on 8082, sample-app on 8083, all on 127.0.0.1)
 *     with wrk: warm-up passes over all variants until the rates settle, then N rounds in which every variant runs S seconds in turn
 *     (A B C ... A B C ...); prints each variant's median requests/s and latency percentiles over the rounds, and
 *     the ratios against the targets of issue 6; writes DIR/http.md, DIR/http.tsv and the bar chart.
 * java bench/Harness.java compare --before URL --after URL --before-lib URL --after-lib URL --nolib URL
 *         [--before-label L] [--after-label L] [--command C] [--duration S] [--rounds N] [--warmup S]
 *         [--warmup-passes N] [--out DIR]
 *     the same alternation over two builds of bench-app (before and after a change, both running): the variants that
 *     the ratios of issue 17 item 9 need, each before/after pair run back to back (in reverse order on even rounds),
 *     plus one bench-app-plain without the library as the common denominator of the unannotated route; writes
 *     DIR/before-after.md (the ratios before and after side by side, and after / before) and DIR/before-after.tsv.
 * java bench/Harness.java one VARIANT [--duration S]
 *     runs one variant once (for bench/profile.sh).
 * java bench/Harness.java jmh JSON [--out DIR]
 *     summarises a JMH result file (ns/op, B/op from -prof gc) into DIR/jmh.md.
 * </pre>
 */
public final class Harness {

    static final String APP = "http://127.0.0.1:8081";
    static final String NOLIB = "http://127.0.0.1:8082";
    /** bench-app-plain again, with precondition-runtime (and its annotations) added to its class path. */
    static final String LIBPLAIN = "http://127.0.0.1:8084";
    static final String SAMPLE = "http://127.0.0.1:8083";
    static final int THREADS = 2;
    static final int CONNECTIONS = 32;

    record Variant(String name, String group, String url, String header, String script, String scriptArg) {
    }

    record Run(double rps, double p50, double p90, double p99, long requests, long errors) {
    }

    record Ratio(String name, String numerator, String denominator, double target, String note) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: http [...] | compare [...] | jmh JSON [...]");
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "http" -> http(options);
            case "jmh" -> jmh(options);
            case "one" -> one(options);
            case "compare" -> compare(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    static void http(Map<String, String> options) throws Exception {
        int duration = Integer.parseInt(options.getOrDefault("duration", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int maxPasses = Integer.parseInt(options.getOrDefault("warmup-passes", "4"));
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Path chart = Path.of(options.getOrDefault("chart", out.resolve("http.png").toString()));
        Files.createDirectories(out);
        long started = System.nanoTime();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        boolean sample = reachable(client, SAMPLE + "/pages");

        List<Variant> variants = variants(client, sample);
        System.out.printf(Locale.ROOT, "%d variants, wrk -t%d -c%d; warm-up passes of %d s each (2 to %d), then %d "
                        + "rounds of %d s each (%d to %d s)%n", variants.size(), THREADS, CONNECTIONS, warmup, maxPasses,
                rounds, duration, variants.size() * (2L * warmup + (long) rounds * duration),
                variants.size() * ((long) maxPasses * warmup + (long) rounds * duration));
        String loadBefore = loadAverage();
        Alternation alternation = alternate(variants, warmup, maxPasses, rounds, duration, false);
        int warmupPasses = alternation.warmupPasses();
        Map<String, List<Run>> runs = alternation.runs();
        String loadAfter = loadAverage();

        Map<String, Run> median = new LinkedHashMap<>();
        runs.forEach((name, list) -> median.put(name, median(list)));

        List<Ratio> ratios = new ArrayList<>();
        ratios.add(new Ratio("versioned 200 / plain 200, 1 KB", "versioned-1k", "plain-1k", 0.97, ""));
        ratios.add(new Ratio("versioned 200 / plain 200, 64 KB", "versioned-64k", "plain-64k", 0.97, ""));
        ratios.add(new Ratio("unannotated route, library / no library, 1 KB", "lib-plain-1k", "nolib-plain-1k", 0.99,
                "same app"));
        ratios.add(new Ratio("unannotated route, library / no library, 64 KB", "lib-plain-64k", "nolib-plain-64k", 0.99,
                "same app"));
        ratios.add(new Ratio("bench-app's unannotated route / bench-app-plain's, 1 KB", "plain-1k", "nolib-plain-1k", 0,
                "two apps"));
        ratios.add(new Ratio("bench-app's unannotated route / bench-app-plain's, 64 KB", "plain-64k", "nolib-plain-64k",
                0, "two apps"));
        ratios.add(new Ratio("304 via lookup / const, 1 KB", "304-lookup-1k", "const", 0.85, ""));
        ratios.add(new Ratio("304 via lookup / const, 64 KB", "304-lookup-64k", "const", 0.85, ""));
        if (sample) {
            ratios.add(new Ratio("sample app 304 / its 200, 64 KB", "sample-304-64k", "sample-200-64k", 2.2, ""));
        }
        ratios.add(new Ratio("bench-app 304 via lookup / its 200, 64 KB", "304-lookup-64k", "versioned-64k", 2.2, ""));
        ratios.add(new Ratio("304 via lookup / hash-filter 304, 64 KB", "304-lookup-64k", "hash-304-64k", 2.0, ""));
        ratios.add(new Ratio("304 via entity / hash-filter 304, 64 KB", "304-entity-64k", "hash-304-64k", 0, "no target"));
        ratios.add(new Ratio("put-if-match / put-blind", "put-if-match", "put-blind", 0.95, ""));
        ratios.add(new Ratio("revalidation miss (lookup + 200) / versioned 200, 1 KB", "miss-lookup-1k", "versioned-1k", 0,
                "no target"));
        ratios.add(new Ratio("304 via lookup / 304 via entity, 64 KB", "304-lookup-64k", "304-entity-64k", 0, "no target"));
        ratios.add(new Ratio("hash-filter 200 / plain 200, 64 KB", "hash-200-64k", "plain-64k", 0, "no target"));

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run of %s: %d rounds x %d s per variant after %d s of warm-up each, wrk -t%d -c%d "
                        + "--latency, %d s in all. Load average before: %s; after: %s.%n%n", Instant.now(), rounds,
                duration, warmupPasses * warmup, THREADS, CONNECTIONS, seconds, loadBefore, loadAfter));
        md.append("| variant | req/s (median) | req/s per round | p50 ms | p90 ms | p99 ms | non-2xx/3xx |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Run> e : median.entrySet()) {
            Run r = e.getValue();
            StringBuilder per = new StringBuilder();
            for (Run each : runs.get(e.getKey())) {
                per.append(per.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", each.rps()));
            }
            long errors = runs.get(e.getKey()).stream().mapToLong(Run::errors).sum();
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.2f | %.2f | %.2f | %d |%n", e.getKey(), r.rps(),
                    per, r.p50(), r.p90(), r.p99(), errors));
        }
        md.append("\n| ratio | value | target | |\n|---|---:|---:|---|\n");
        for (Ratio ratio : ratios) {
            double value = median.get(ratio.numerator()).rps() / median.get(ratio.denominator()).rps();
            String verdict = ratio.target() == 0 ? ratio.note() : Double.isNaN(value) ? "no data"
                    : value >= ratio.target() ? "met" : "MISSED";
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", ratio.name(), value,
                    ratio.target() == 0 ? "-" : ">= " + ratio.target(), verdict));
        }
        System.out.println();
        System.out.print(md);
        Files.writeString(out.resolve("http.md"), md);
        StringBuilder tsv = new StringBuilder("variant\tround\trps\tp50_ms\tp90_ms\tp99_ms\trequests\terrors\n");
        runs.forEach((name, list) -> {
            for (int i = 0; i < list.size(); i++) {
                Run r = list.get(i);
                tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.3f\t%.3f\t%.3f\t%d\t%d%n", name, i + 1, r.rps(),
                        r.p50(), r.p90(), r.p99(), r.requests(), r.errors()));
            }
        });
        Files.writeString(out.resolve("http.tsv"), tsv);
        Map<String, String> groups = new LinkedHashMap<>();
        variants.forEach(v -> groups.put(v.name(), v.group()));
        chart(median, groups, chart, String.format(Locale.ROOT,
                "Requests/s (median of %d rounds x %d s, wrk -t%d -c%d, 2 cores shared with wrk)", rounds, duration,
                THREADS, CONNECTIONS));
        System.out.println("wrote " + out.resolve("http.md") + ", " + out.resolve("http.tsv") + ", " + chart);
    }

    record Alternation(Map<String, List<Run>> runs, int warmupPasses) {
    }

    /**
     * Warm-up passes over all variants until every variant's rate is within 15 % of its previous pass (at least 2
     * passes, at most {@code maxPasses}): on a busy machine the JIT of an app that few variants drive lags behind.
     * Then {@code rounds} rounds in which every variant runs {@code duration} seconds in turn (A B C ... A B C ...).
     *
     * @param swapPairs whether even rounds run each adjacent pair of variants (before, after) in reverse order, so that
     *     neither side of a pair always runs right after the other
     */
    static Alternation alternate(List<Variant> variants, int warmup, int maxPasses, int rounds, int duration,
                                 boolean swapPairs) throws InterruptedException {
        int warmupPasses = 0;
        Map<String, Double> previous = new LinkedHashMap<>();
        for (int pass = 1; warmup > 0 && pass <= maxPasses; pass++) {
            boolean stable = pass > 1;
            for (Variant v : variants) {
                Run r = tryWrk(v, warmup);
                Double before = previous.put(v.name(), r.rps());
                boolean settled = before != null && Math.abs(r.rps() - before) <= 0.15 * Math.max(r.rps(), before);
                stable &= settled;
                System.out.printf(Locale.ROOT, "warm-up %d %-16s %9.0f req/s%s%n", pass, v.name(), r.rps(),
                        settled ? "" : before == null ? "" : "  (changed > 15 %)");
            }
            warmupPasses = pass;
            if (stable) {
                break;
            }
        }
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (Variant v : variants) {
            runs.put(v.name(), new ArrayList<>());
        }
        for (int round = 1; round <= rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            if (swapPairs && round % 2 == 0) {
                for (int i = 0; i + 1 < order.size(); i += 2) {
                    order.set(i, variants.get(i + 1));
                    order.set(i + 1, variants.get(i));
                }
            }
            for (Variant v : order) {
                Run r = tryWrk(v, duration);
                runs.get(v.name()).add(r);
                System.out.printf(Locale.ROOT, "round %d %-16s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms%s%n", round,
                        v.name(), r.rps(), r.p50(), r.p99(), r.errors() > 0 ? "  non-2xx/3xx: " + r.errors() : "");
            }
        }
        return new Alternation(runs, warmupPasses);
    }

    /** The variants of issue 6, in the order of a round. */
    static List<Variant> variants(HttpClient client, boolean sample) throws Exception {
        String tag1k = etag(client, APP + "/versioned/p1k");
        String tag64k = etag(client, APP + "/versioned/p64k");
        String hash1k = etag(client, APP + "/hashed/p1k");
        String hash64k = etag(client, APP + "/hashed/p64k");
        String sampleTag = sample ? samplePage(client) : null;
        boolean libPlain = reachable(client, LIBPLAIN + "/plain/p1k");
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("const", "floor", APP + "/const", null, null, null));
        for (String size : List.of("1k", "64k")) {
            String tag = size.equals("1k") ? tag1k : tag64k;
            String hash = size.equals("1k") ? hash1k : hash64k;
            variants.add(new Variant("plain-" + size, "200", APP + "/plain/p" + size, null, null, null));
            variants.add(new Variant("versioned-" + size, "200", APP + "/versioned/p" + size, null, null, null));
            variants.add(new Variant("hash-200-" + size, "200", APP + "/hashed/p" + size, null, null, null));
            variants.add(new Variant("304-lookup-" + size, "304", APP + "/versioned/p" + size,
                    "If-None-Match: " + tag, null, null));
            if (size.equals("1k")) {
                // A revalidation that misses: the lookup, then the handler (200); shows the request path that goes
                // on after a lookup, under load.
                variants.add(new Variant("miss-lookup-1k", "200", APP + "/versioned/p1k",
                        "If-None-Match: \"not-the-tag\"", null, null));
            }
            variants.add(new Variant("304-entity-" + size, "304", APP + "/versioned-entity/p" + size,
                    "If-None-Match: " + tag, null, null));
            variants.add(new Variant("hash-304-" + size, "304", APP + "/hashed/p" + size,
                    "If-None-Match: " + hash, null, null));
            variants.add(new Variant("nolib-plain-" + size, "200", NOLIB + "/plain/p" + size, null, null, null));
            if (libPlain) {
                variants.add(new Variant("lib-plain-" + size, "200", LIBPLAIN + "/plain/p" + size, null, null, null));
            }
        }
        variants.add(new Variant("put-blind", "write", APP, null, "bench/put.lua", "blind"));
        variants.add(new Variant("put-if-match", "write", APP, null, "bench/put.lua", "if-match"));
        if (sample) {
            variants.add(new Variant("sample-200-64k", "sample", SAMPLE + "/pages/bench64k", null, null, null));
            variants.add(new Variant("sample-304-64k", "sample", SAMPLE + "/pages/bench64k",
                    "If-None-Match: " + sampleTag, null, null));
        }

        return variants;
    }

    /** Runs one variant (by name) for a while, e.g. under a profiler: {@code one NAME [--duration S]}. */
    static void one(Map<String, String> options) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        boolean sample = reachable(client, SAMPLE + "/pages");
        int duration = Integer.parseInt(options.getOrDefault("duration", "10"));
        for (Variant v : variants(client, sample)) {
            if (v.name().equals(options.get("_0"))) {
                Run r = wrk(v, duration);
                System.out.printf(Locale.ROOT, "%-16s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  non-2xx/3xx %d%n", v.name(),
                        r.rps(), r.p50(), r.p99(), r.errors());
                return;
            }
        }
        throw new IllegalArgumentException("no variant " + options.get("_0"));
    }

    static String etag(HttpClient client, String url) throws Exception {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag from " + url));
    }

    static boolean reachable(HttpClient client, String url) {
        try {
            client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates the sample app's 64 KB page (If-None-Match: *) unless it exists, and returns its ETag. */
    static String samplePage(HttpClient client) throws Exception {
        String url = SAMPLE + "/pages/bench64k";
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 404) {
            String body = "The quick brown fox jumps over the lazy dog. ".repeat(1 + 65536 / 45).substring(0, 65536);
            HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("If-None-Match", "*").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Sixty-four kilobytes\",\"body\":\"" + body
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 201) {
                throw new IllegalStateException("could not create the sample page: " + put.statusCode() + " "
                        + put.body());
            }
        }
        return etag(client, url);
    }

    /** A variant that fails (e.g. its app died) is recorded as NaN, and the run goes on. */
    static Run tryWrk(Variant v, int seconds) throws InterruptedException {
        try {
            return wrk(v, seconds);
        } catch (IOException | RuntimeException e) {
            System.out.println("FAILED " + v.name() + ": " + e.getMessage().lines().limit(3).toList());
            return new Run(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
    }

    static Run wrk(Variant v, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "5s", "--latency"));
        if (v.header() != null) {
            command.add("-H");
            command.add(v.header());
        }
        if (v.script() != null) {
            command.add("-s");
            command.add(v.script());
        }
        command.add(v.url());
        if (v.scriptArg() != null) {
            command.add("--");
            command.add(v.scriptArg());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds + 30L, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk failed for " + v.name() + ":\n" + output);
        }
        return parse(output, v.name());
    }

    static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    static Run parse(String output, String name) {
        Matcher rps = RPS.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        if (!rps.find() || !requests.find()) {
            throw new IllegalStateException("cannot read wrk's output for " + name + ":\n" + output);
        }
        long errors = 0;
        Matcher e = ERRORS.matcher(output);
        if (e.find()) {
            errors += Long.parseLong(e.group(1));
        }
        Matcher s = SOCKET.matcher(output);
        if (s.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(s.group(i));
            }
        }
        return new Run(Double.parseDouble(rps.group(1)), percentile(output, "50%", name),
                percentile(output, "90%", name), percentile(output, "99%", name), Long.parseLong(requests.group(1)),
                errors);
    }

    /** @return wrk's latency percentile in milliseconds */
    static double percentile(String output, String which, String name) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + which + " latency in wrk's output for " + name + ":\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static Run median(List<Run> runs) {
        return new Run(median(runs.stream().mapToDouble(Run::rps).toArray()),
                median(runs.stream().mapToDouble(Run::p50).toArray()),
                median(runs.stream().mapToDouble(Run::p90).toArray()),
                median(runs.stream().mapToDouble(Run::p99).toArray()),
                runs.stream().mapToLong(Run::requests).sum(), runs.stream().mapToLong(Run::errors).sum());
    }

    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[1];
        } catch (IOException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------------------------------------- before / after

    /** The ratios of issue 17 item 9: numerator and denominator variants, by their names without the side. */
    static final List<Ratio> COMPARED = List.of(
            new Ratio("versioned 200 / plain 200, 1 KB", "versioned-1k", "plain-1k", 0, ""),
            new Ratio("versioned 200 / plain 200, 64 KB", "versioned-64k", "plain-64k", 0, ""),
            new Ratio("304 via lookup / its 200, 64 KB", "304-lookup-64k", "versioned-64k", 0, ""),
            new Ratio("304 via lookup / hash-filter 304, 1 KB", "304-lookup-1k", "hash-304-1k", 0, ""),
            new Ratio("304 via lookup / hash-filter 304, 64 KB", "304-lookup-64k", "hash-304-64k", 0, ""),
            new Ratio("put-if-match / put-blind", "put-if-match", "put-blind", 0, ""),
            new Ratio("unannotated route, library / no library, 1 KB", "lib-plain-1k", "nolib-plain-1k", 0,
                    "no library: one bench-app-plain for both sides"));

    /** Before and after a change, alternated in one run: see the class comment. */
    static void compare(Map<String, String> options) throws Exception {
        int duration = Integer.parseInt(options.getOrDefault("duration", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int maxPasses = Integer.parseInt(options.getOrDefault("warmup-passes", "4"));
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        String beforeLabel = options.getOrDefault("before-label", "before");
        String afterLabel = options.getOrDefault("after-label", "after");
        Files.createDirectories(out);
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, String> apps = new LinkedHashMap<>();
        apps.put("before", required(options, "before"));
        apps.put("after", required(options, "after"));
        Map<String, String> libs = Map.of("before", required(options, "before-lib"), "after",
                required(options, "after-lib"));
        String nolib = required(options, "nolib");
        Map<String, Map<String, String>> tags = new LinkedHashMap<>();
        for (Map.Entry<String, String> app : apps.entrySet()) {
            String url = app.getValue();
            tags.put(app.getKey(), Map.of("1k", etag(client, url + "/versioned/p1k"),
                    "64k", etag(client, url + "/versioned/p64k"),
                    "hash-1k", etag(client, url + "/hashed/p1k"),
                    "hash-64k", etag(client, url + "/hashed/p64k")));
        }
        // Each variant of a side, then the same of the other: pairs run back to back.
        List<Variant> variants = new ArrayList<>();
        for (String base : List.of("plain-1k", "versioned-1k", "plain-64k", "versioned-64k", "304-lookup-1k",
                "304-lookup-64k", "hash-304-1k", "hash-304-64k", "put-blind", "put-if-match", "lib-plain-1k")) {
            for (String side : apps.keySet()) {
                String url = apps.get(side);
                Map<String, String> tag = tags.get(side);
                String name = side + "/" + base;
                String size = base.substring(base.lastIndexOf('-') + 1);
                variants.add(switch (base) {
                    case "plain-1k", "plain-64k" -> new Variant(name, side, url + "/plain/p" + size, null, null, null);
                    case "versioned-1k", "versioned-64k" ->
                            new Variant(name, side, url + "/versioned/p" + size, null, null, null);
                    case "304-lookup-1k", "304-lookup-64k" -> new Variant(name, side, url + "/versioned/p" + size,
                            "If-None-Match: " + tag.get(size), null, null);
                    case "hash-304-1k", "hash-304-64k" -> new Variant(name, side, url + "/hashed/p" + size,
                            "If-None-Match: " + tag.get("hash-" + size), null, null);
                    case "put-blind" -> new Variant(name, side, url, null, "bench/put.lua", "blind");
                    case "put-if-match" -> new Variant(name, side, url, null, "bench/put.lua", "if-match");
                    case "lib-plain-1k" -> new Variant(name, side, libs.get(side) + "/plain/p1k", null, null, null);
                    default -> throw new IllegalStateException(base);
                });
            }
        }
        variants.add(new Variant("nolib-plain-1k", "nolib", nolib + "/plain/p1k", null, null, null));
        System.out.printf(Locale.ROOT, "%s = before, %s = after; %d variants, wrk -t%d -c%d; warm-up passes of %d s "
                        + "each (2 to %d), then %d rounds of %d s each (%d to %d s)%n", beforeLabel, afterLabel,
                variants.size(), THREADS, CONNECTIONS, warmup, maxPasses, rounds, duration,
                variants.size() * (2L * warmup + (long) rounds * duration),
                variants.size() * ((long) maxPasses * warmup + (long) rounds * duration));
        String loadBefore = loadAverage();
        Alternation alternation = alternate(variants, warmup, maxPasses, rounds, duration, true);
        String loadAfter = loadAverage();
        Map<String, List<Run>> runs = alternation.runs();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Before: %s. After: %s. Run of %s: %d rounds x %d s per variant after %d "
                        + "s of warm-up each, wrk -t%d -c%d --latency, %d variants, %d s in all. Load average before: "
                        + "%s; after: %s.%n", beforeLabel, afterLabel, Instant.now(), rounds, duration,
                alternation.warmupPasses() * warmup, THREADS, CONNECTIONS, variants.size(), seconds, loadBefore,
                loadAfter));
        if (options.containsKey("command")) {
            md.append("Command: `").append(options.get("command")).append("`.\n");
        }
        md.append("\nRatios of medians of requests/s; in brackets the lowest and highest of the same ratio taken per "
                + "round (the two variants of a ratio run in the same round).\n\n");
        md.append(String.format(Locale.ROOT, "| ratio | before (%s) | per round | after (%s) | per round | after / before |%n",
                beforeLabel, afterLabel));
        md.append("|---|---:|---|---:|---|---:|\n");
        for (Ratio ratio : COMPARED) {
            double[] value = new double[2];
            String[] range = new String[2];
            int i = 0;
            for (String side : apps.keySet()) {
                List<Run> numerator = runs.get(side + "/" + ratio.numerator());
                List<Run> denominator = runs.get(ratio.denominator().startsWith("nolib") ? ratio.denominator()
                        : side + "/" + ratio.denominator());
                value[i] = median(numerator).rps() / median(denominator).rps();
                double low = Double.NaN;
                double high = Double.NaN;
                for (int r = 0; r < numerator.size(); r++) {
                    double each = numerator.get(r).rps() / denominator.get(r).rps();
                    if (!Double.isNaN(each)) {
                        low = Double.isNaN(low) ? each : Math.min(low, each);
                        high = Double.isNaN(high) ? each : Math.max(high, each);
                    }
                }
                range[i] = String.format(Locale.ROOT, "%.2f-%.2f", low, high);
                i++;
            }
            md.append(String.format(Locale.ROOT, "| %s%s | %.2f | %s | %.2f | %s | %.2f |%n", ratio.name(),
                    ratio.note().isEmpty() ? "" : " (" + ratio.note() + ")", value[0], range[0], value[1], range[1],
                    value[1] / value[0]));
        }
        md.append("\n| variant | before req/s (median) | per round | after req/s (median) | per round | after / before "
                + "| non-2xx/3xx before, after |\n|---|---:|---|---:|---|---:|---|\n");
        List<String> bases = new ArrayList<>();
        for (Variant v : variants) {
            String base = v.name().substring(v.name().indexOf('/') + 1);
            if (!bases.contains(base)) {
                bases.add(base);
            }
        }
        for (String base : bases) {
            List<Run> before = runs.getOrDefault("before/" + base, runs.get(base));
            List<Run> after = runs.getOrDefault("after/" + base, runs.get(base));
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.0f | %s | %.2f | %d, %d |%n", base,
                    median(before).rps(), perRound(before), median(after).rps(), perRound(after),
                    median(after).rps() / median(before).rps(), median(before).errors(), median(after).errors()));
        }
        md.append("\n(`nolib-plain-1k` is one app, shown in both columns.)\n");
        System.out.println();
        System.out.print(md);
        Files.writeString(out.resolve("before-after.md"), md);
        StringBuilder tsv = new StringBuilder("variant\tround\trps\tp50_ms\tp90_ms\tp99_ms\trequests\terrors\n");
        runs.forEach((name, list) -> {
            for (int r = 0; r < list.size(); r++) {
                Run run = list.get(r);
                tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.3f\t%.3f\t%.3f\t%d\t%d%n", name, r + 1,
                        run.rps(), run.p50(), run.p90(), run.p99(), run.requests(), run.errors()));
            }
        });
        Files.writeString(out.resolve("before-after.tsv"), tsv);
        System.out.println("wrote " + out.resolve("before-after.md") + ", " + out.resolve("before-after.tsv"));
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("compare needs --" + name);
        }
        return value;
    }

    static String perRound(List<Run> runs) {
        StringBuilder per = new StringBuilder();
        for (Run each : runs) {
            per.append(per.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", each.rps()));
        }
        return per.toString();
    }

    // ---------------------------------------------------------------------------------------------- chart

    static final Map<String, Color> COLORS = Map.of(
            "floor", new Color(0x7f7f7f), "200", new Color(0x4c72b0), "304", new Color(0x55a868),
            "write", new Color(0xdd8452), "sample", new Color(0x8172b3));

    static void chart(Map<String, Run> median, Map<String, String> groups, Path file, String title) throws IOException {
        int rowHeight = 26;
        int left = 150;
        int right = 110;
        int top = 60;
        int width = 1000;
        int height = top + rowHeight * median.size() + 50;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 12, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int legendX = 12;
        for (Map.Entry<String, Color> e : List.of(Map.entry("floor", COLORS.get("floor")),
                Map.entry("200", COLORS.get("200")), Map.entry("304", COLORS.get("304")),
                Map.entry("write (PUT)", COLORS.get("write")), Map.entry("sample app", COLORS.get("sample")))) {
            g.setColor(e.getValue());
            g.fillRect(legendX, 34, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), legendX + 16, 45);
            legendX += 30 + g.getFontMetrics().stringWidth(e.getKey());
        }
        double max = median.values().stream().mapToDouble(Run::rps).filter(d -> !Double.isNaN(d)).max().orElse(1);
        double scale = (width - left - right) / max;
        int y = top;
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(0xdddddd));
        g.setStroke(new BasicStroke(1));
        double step = niceStep(max);
        for (double x = step; x <= max; x += step) {
            int px = left + (int) (x * scale);
            g.drawLine(px, top - 4, px, top + rowHeight * median.size());
        }
        for (Map.Entry<String, Run> e : median.entrySet()) {
            g.setColor(Color.BLACK);
            String name = e.getKey();
            g.drawString(name, left - 8 - fm.stringWidth(name), y + rowHeight / 2 + 5);
            double rps = Double.isNaN(e.getValue().rps()) ? 0 : e.getValue().rps();
            int w = (int) Math.round(rps * scale);
            g.setColor(COLORS.getOrDefault(groups.get(name), Color.GRAY));
            g.fillRect(left, y + 3, Math.max(w, 1), rowHeight - 6);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%,.0f", e.getValue().rps()), left + w + 6, y + rowHeight / 2 + 5);
            y += rowHeight;
        }
        g.setColor(Color.BLACK);
        g.drawLine(left, top - 4, left, y);
        for (double x = 0; x <= max; x += step) {
            int px = left + (int) (x * scale);
            String label = String.format(Locale.ROOT, "%,.0f", x);
            g.drawString(label, px - fm.stringWidth(label) / 2, y + 18);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    static double niceStep(double max) {
        double raw = max / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    // ---------------------------------------------------------------------------------------------- JMH

    /** Reads JMH's JSON without a JSON library: the benchmarks are flat enough for patterns. */
    static void jmh(Map<String, String> options) throws IOException {
        Path json = Path.of(options.get("_0"));
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        String text = Files.readString(json);
        Map<String, Double> dispatch = new LinkedHashMap<>();
        StringBuilder md = new StringBuilder(
                "| benchmark | params | ns/op | ± (99.9 %) | ns per tag | B/op (gc.alloc.rate.norm) |\n"
                        + "|---|---|---:|---:|---:|---:|\n");
        for (String entry : text.split("\"jmhVersion\"")) {
            Matcher name = Pattern.compile("\"benchmark\"\\s*:\\s*\"([^\"]+)\"").matcher(entry);
            if (!name.find()) {
                continue;
            }
            Matcher params = Pattern.compile("\"params\"\\s*:\\s*\\{([^}]*)\\}").matcher(entry);
            String p = params.find() ? params.group(1).replaceAll("[\"\\s]", "").replace(':', '=') : "";
            Matcher score = Pattern.compile("\"primaryMetric\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([^,]+),\\s*"
                    + "\"scoreError\"\\s*:\\s*([^,]+),").matcher(entry);
            if (!score.find()) {
                continue;
            }
            Matcher alloc = Pattern.compile("\"gc\\.alloc\\.rate\\.norm\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([^,]+),")
                    .matcher(entry);
            String bytes = alloc.find() ? String.format(Locale.ROOT, "%.2f", number(alloc.group(1))) : "?";
            double ns = number(score.group(1));
            Matcher tags = Pattern.compile("tags=(\\d+)").matcher(p);
            String perTag = tags.find() ? String.format(Locale.ROOT, "%.1f", ns / Integer.parseInt(tags.group(1))) : "";
            String benchmark = name.group(1).replaceFirst("^io\\.precondition\\.jmh\\.", "");
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s | %s |%n", benchmark, p, ns,
                    number(score.group(2)), perTag, bytes));
            if (benchmark.startsWith("DispatchBenchmark.")) {
                dispatch.put(benchmark.substring("DispatchBenchmark.".length()) + " " + p, ns);
            }
        }
        // The engine's dispatch beside 2f95c30's generated code, per number of controllers rotated through.
        List<String> params = dispatch.keySet().stream().filter(k -> k.startsWith("oldInlined "))
                .map(k -> k.substring("oldInlined ".length())).toList();
        if (!params.isEmpty()) {
            md.append("\n| DispatchBenchmark | old inlined ns/op | new bindings ns/op | new / old |\n|---|---:|---:|---:|\n");
            for (String param : params) {
                Double old = dispatch.get("oldInlined " + param);
                Double now = dispatch.get("newBindings " + param);
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %s |%n", param, old,
                        now == null ? "-" : String.format(Locale.ROOT, "%.1f", now),
                        now == null ? "-" : String.format(Locale.ROOT, "%.2f", now / old)));
            }
        }
        System.out.print(md);
        Files.createDirectories(out);
        Files.writeString(out.resolve("jmh.md"), md);
    }

    static double number(String s) {
        s = s.trim();
        return s.startsWith("\"") ? Double.NaN : Double.parseDouble(s);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        int positional = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                options.put("_" + positional++, args[i]);
            }
        }
        return options;
    }

    private Harness() {
    }

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
