package io.precondition.processor;

import com.google.testing.compile.Compilation;

import javax.tools.JavaFileObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares generated sources with the golden files under {@code src/test/resources/goldens/<test>/}, resolved from
 * the module's base directory. With {@code -Dprecondition.updateGoldens=true} it rewrites them instead.
 */
final class Goldens {

    static final String UPDATE = "precondition.updateGoldens";

    private Goldens() {
    }

    static Path directory() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Paths.get(basedir, "src", "test", "resources", "goldens");
    }

    static void assertMatches(Compilation compilation, String test, String qualifiedName) {
        JavaFileObject generated = compilation.generatedSourceFile(qualifiedName).orElseThrow(
                () -> new AssertionError("no generated source " + qualifiedName + "; generated: "
                        + compilation.generatedSourceFiles()));
        String actual;
        try {
            actual = generated.getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        Path golden = directory().resolve(test).resolve(simpleName + ".java");
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), () -> "missing golden " + golden + "; run with -D" + UPDATE + "=true");
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> "generated " + qualifiedName + " differs from " + golden
                    + firstDifference(expected, actual) + "\nIf the change is intended, run with -D" + UPDATE + "=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] left = expected.split("\n", -1);
        String[] right = actual.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "<end of file>";
            String r = i < right.length ? right[i] : "<end of file>";
            if (!l.equals(r)) {
                return "\nfirst difference at line " + (i + 1) + ":\n  golden:    " + l + "\n  generated: " + r;
            }
        }
        return "";
    }
}
