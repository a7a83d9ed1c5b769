package io.precondition.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.precondition.sample.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Headless Chromium (Debian package {@code chromium}, driven by playwright-core from
 * {@code src/test/browser}) reads a wiki page twice with {@code fetch}: the second request carries If-None-Match and
 * the app answers 304, which the browser presents to the script as 200 with the cached body.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres", disabledReason = "H2 run only")
class BrowserRevalidationTest extends ClientTestBase {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path BROWSER_DIR = Path.of("src/test/browser");

    @Test
    void secondFetchIsAConditionalRequestAnswered304() throws Exception {
        RequiredTool.require(new File(CHROMIUM).canExecute(), "Chromium is not installed (" + CHROMIUM
                + "); .ci/install-test-tools.sh installs the Debian package 'chromium'");
        RequiredTool.require(BROWSER_DIR.resolve("node_modules/playwright-core").toFile().isDirectory(),
                "playwright-core is not installed: run 'npm ci' in sample-app/src/test/browser (.ci/install-test-tools.sh does)");
        String slug = slug("browser");
        String etag = wiki.create(slug, "Browser", largeBody("browser")).etag();
        String path = WikiClient.path(slug);

        ProcessBuilder browser = new ProcessBuilder("node", "revalidate.mjs",
                "http://127.0.0.1:" + server.getPort() + "/it/browser.html?slug=" + slug)
                .directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
        // The browser is a client with a clock of its own: when the build runs under libfaketime (to test a day of the
        // month), Chromium is kept off it, since it does not start within Playwright's timeout there.
        browser.environment().keySet().removeIf(name -> name.equals("LD_PRELOAD") || name.startsWith("FAKETIME"));
        Process node = browser.start();
        if (!node.waitFor(90, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, node.exitValue(), "node revalidate.mjs failed:\n" + out);
        String json = out.substring(out.lastIndexOf('\n') + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) Json.parse(json);
        assertEquals(200, ((Number) result.get("first")).intValue(), out);
        assertEquals(200, ((Number) result.get("second")).intValue(), "the browser presents its 304 as 200: " + out);
        assertEquals(Boolean.TRUE, result.get("sameBody"), out);
        assertEquals("Browser", result.get("title"), out);

        List<RequestRecorder.Seen> seen = recorder.requestsTo(path).stream().filter(s -> s.method().equals("GET")).toList();
        assertEquals(2, seen.size(), "two GETs reached the app: " + seen);
        assertEquals(null, seen.get(0).ifNoneMatch(), seen.toString());
        assertEquals(200, seen.get(0).status(), seen.toString());
        // The page is large and Chromium accepts gzip, so it got (and revalidates) the gzip representation's tag.
        String gzipTag = etag.substring(0, etag.length() - 1) + "+gzip\"";
        assertEquals(gzipTag, seen.get(1).ifNoneMatch(), "the second fetch revalidated with the tag it got: " + seen);
        assertEquals(304, seen.get(1).status(), seen.toString());
        assertEquals(gzipTag, seen.get(1).etag(), "the 304 names the representation the browser holds: " + seen);
        assertTrue(seen.get(1).acceptEncoding() != null, seen.toString());
    }
}
