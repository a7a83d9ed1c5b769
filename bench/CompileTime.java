import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The processor's cost: compiles sample-app's sources with javac exactly as Maven does (the options are taken from
 * {@code mvn -X}'s "Command line options"), once with the full processor path and once without
 * precondition-processor on it, alternating. Cold: a new javac process per compilation. Warm: in one JVM, after
 * warm-up compilations, as a build daemon or IDE compiles.
 *
 * <pre>java bench/CompileTime.java OPTIONS_FILE SOURCE_DIR [--runs N] [--warmup N] [--out DIR]</pre>
 */
public final class CompileTime {

    public static void main(String[] args) throws Exception {
        Path optionsFile = Path.of(args[0]);
        Path sourceDir = Path.of(args[1]);
        int runs = 5;
        int warmup = 5;
        Path out = Path.of("bench/results");
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<String> maven = new ArrayList<>(Arrays.asList(Files.readString(optionsFile).trim().split("\\s+")));
        List<String> sources;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        Path work = Files.createTempDirectory("compile-time");
        List<String> with = options(maven, work, true);
        List<String> without = options(maven, work, false);
        with.addAll(sources);
        without.addAll(sources);
        Path withFile = work.resolve("with.args");
        Path withoutFile = work.resolve("without.args");
        Files.write(withFile, with);
        Files.write(withoutFile, without);

        System.out.printf(Locale.ROOT, "%d source files; processor path with precondition-processor: %d entries, "
                + "without: %d%n", sources.size(), pathEntries(with), pathEntries(without));
        double[][] cold = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                reset(work);
                long start = System.nanoTime();
                Process p = new ProcessBuilder("javac", "@" + (k == 0 ? withFile : withoutFile))
                        .redirectErrorStream(true).redirectOutput(work.resolve("javac.log").toFile()).start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("javac failed:\n" + Files.readString(work.resolve("javac.log")));
                }
                cold[k][i] = (System.nanoTime() - start) / 1e6;
                check(work, k == 0);
                System.out.printf(Locale.ROOT, "cold %d %-7s %6.0f ms%n", i + 1, k == 0 ? "with" : "without",
                        cold[k][i]);
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        double[][] warm = new double[2][runs];
        for (int i = -warmup; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                reset(work);
                long start = System.nanoTime();
                int rc = javac.run(null, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                        (k == 0 ? with : without).toArray(String[]::new));
                double ms = (System.nanoTime() - start) / 1e6;
                if (rc != 0) {
                    throw new IllegalStateException("javac (in process) failed");
                }
                check(work, k == 0);
                if (i >= 0) {
                    warm[k][i] = ms;
                    System.out.printf(Locale.ROOT, "warm %d %-7s %6.0f ms%n", i + 1, k == 0 ? "with" : "without", ms);
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "sample-app, %d source files, javac with Maven's options; median of %d "
                + "alternating runs (warm: after %d warm-up compilations of each).%n%n", sources.size(), runs, warmup));
        md.append("| | without precondition-processor | with it | added |\n|---|---:|---:|---:|\n");
        row(md, "cold (new javac process)", cold);
        row(md, "warm (same JVM)", warm);
        System.out.print(md);
        Files.createDirectories(out);
        Files.writeString(out.resolve("compile-time.md"), md);
        delete(work);
    }

    static void row(StringBuilder md, String name, double[][] times) {
        double w = median(times[0]);
        double wo = median(times[1]);
        md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %+.1f %% |%n", name, wo, w, (w / wo - 1) * 100));
    }

    /** Maven's options with the output directories moved to WORK, and the processor path with or without ours. */
    static List<String> options(List<String> maven, Path work, boolean withProcessor) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < maven.size(); i++) {
            String option = maven.get(i);
            switch (option) {
                case "-d" -> {
                    result.add("-d");
                    result.add(work.resolve("classes").toString());
                    i++;
                }
                case "-s" -> {
                    result.add("-s");
                    result.add(work.resolve("generated").toString());
                    i++;
                }
                case "-processorpath" -> {
                    String path = maven.get(++i);
                    List<String> entries = new ArrayList<>();
                    for (String entry : path.split(":")) {
                        if (withProcessor || !isOurs(entry)) {
                            entries.add(entry);
                        }
                    }
                    if (!withProcessor && entries.size() == path.split(":").length) {
                        throw new IllegalStateException("precondition-processor is not on the processor path " + path);
                    }
                    result.add("-processorpath");
                    result.add(String.join(":", entries));
                }
                default -> result.add(option);
            }
        }
        return result;
    }

    static boolean isOurs(String entry) {
        return entry.contains("precondition-processor") || entry.endsWith("/processor/target/classes");
    }

    static int pathEntries(List<String> options) {
        return options.get(options.indexOf("-processorpath") + 1).split(":").length;
    }

    /** Fails unless the processor ran exactly when it was on the path. */
    static void check(Path work, boolean withProcessor) throws IOException {
        boolean generated;
        try (Stream<Path> files = Files.walk(work.resolve("generated"))) {
            generated = files.anyMatch(p -> p.getFileName().toString().endsWith("Preconditions.java"));
        }
        if (generated != withProcessor) {
            throw new IllegalStateException("the processor " + (generated ? "ran" : "did not run")
                    + " in the compilation " + (withProcessor ? "with" : "without") + " it");
        }
    }

    static void reset(Path work) throws IOException {
        for (String dir : List.of("classes", "generated")) {
            Path d = work.resolve(dir);
            if (Files.exists(d)) {
                delete(d);
            }
            Files.createDirectories(d);
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private CompileTime() {
    }
}
