package io.precondition.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.precondition.client.PreconditionFailedException;
import io.precondition.client.Tagged;
import io.precondition.client.WeakTagException;
import io.precondition.sample.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * precondition-client against Apache httpd with mod_dav, a server no one here wrote: conditional PUT / DELETE with
 * the caller's validators, httpd's weak tag for a file changed within the last second, invalidation after a write.
 * What httpd received and answered is read from its access log. Runs in the H2 execution only (no database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class HttpdClientTest {

    private StaticServer httpd;
    private ApplicationContext context;
    private DavFiles dav;

    @BeforeAll
    void start() throws Exception {
        httpd = StaticServer.httpdWithDav();
        context = ApplicationContext.run(Map.of("dav.url", httpd.url(), "datasources.default.enabled", "false",
                "flyway.enabled", "false"));
        dav = context.getBean(DavFiles.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (httpd != null) {
            httpd.close();
        }
    }

    /** httpd gives a file a strong tag once its modification time is a second old. */
    private static void letTagsBecomeStrong() throws InterruptedException {
        Thread.sleep(1_100);
    }

    @Test
    @DisplayName("PUT with If-None-Match: * creates once (201); the second create is PreconditionFailedException (RFC 9110 §13.1.2)")
    void createOnceThenPreconditionFailed() throws Exception {
        assertEquals(201, dav.create("a.txt", "first", "*").code());
        PreconditionFailedException failed = assertThrows(PreconditionFailedException.class,
                () -> dav.create("a.txt", "second", "*"));
        assertEquals(412, failed.code());
        assertEquals("first", dav.read("a.txt").value());
    }

    @Test
    @DisplayName("a file changed within the last second has a weak tag: the write is refused before sending, since If-Match compares strongly (RFC 9110 §13.1.1)")
    void weakTagIsRefusedBeforeSending() throws Exception {
        dav.create("b.txt", "weak", "*");
        Tagged<String> read = dav.read("b.txt");
        assertTrue(read.etag().orElseThrow().isWeak(), "httpd's tag of a file written just now: " + read);
        assertThrows(WeakTagException.class, () -> dav.replace("b.txt", read.withValue("changed")));
        assertEquals(1, httpd.log("/b.txt", 1).stream().filter(l -> l.startsWith("PUT ")).count(),
                "only the create reached httpd: " + httpd.log("/b.txt", 1));
    }

    @Test
    @DisplayName("a stored weak representation revalidated after httpd's tag became strong: the 304 names another tag, so the file is read again in full (RFC 9111 §4.3.4)")
    void weakThenStrongIsReadAgain() throws Exception {
        dav.create("c.txt", "content", "*");
        Tagged<String> weak = dav.read("c.txt");
        letTagsBecomeStrong();
        Tagged<String> strong = dav.read("c.txt");
        assertTrue(weak.etag().orElseThrow().isWeak());
        assertFalse(strong.etag().orElseThrow().isWeak(), strong.toString());
        assertEquals("content", strong.value());
        List<String> gets = httpd.log("/c.txt", 3).stream().filter(l -> l.startsWith("GET ")).toList();
        assertTrue(gets.get(gets.size() - 1).contains(" 200 7 inm= "), "finally an unconditional 200: " + gets);
    }

    @Test
    @DisplayName("a strong If-Match from the read updates (204); the same stale tag again is PreconditionFailedException, and DELETE with it too (RFC 9110 §13.1.1)")
    void strongWriteThenStaleWriteIsPreconditionFailed() throws Exception {
        dav.create("d.txt", "v1", "*");
        letTagsBecomeStrong();
        Tagged<String> read = dav.read("d.txt");
        assertFalse(read.etag().orElseThrow().isWeak());
        assertEquals(204, dav.replace("d.txt", read.withValue("v2")).code());
        assertThrows(PreconditionFailedException.class, () -> dav.replace("d.txt", read.withValue("v3")));
        assertThrows(PreconditionFailedException.class, () -> dav.delete("d.txt", read.etag().get().toString()));
        List<String> writes = httpd.log("/d.txt", 4).stream().filter(l -> !l.startsWith("GET ")).toList();
        assertTrue(writes.get(1).startsWith("PUT /d.txt 204 ") && writes.get(1).endsWith("im=" + read.etag().get()),
                writes.toString());
        assertTrue(writes.get(2).startsWith("PUT /d.txt 412 "), writes.toString());
        assertTrue(writes.get(3).startsWith("DELETE /d.txt 412 "), writes.toString());
    }

    @Test
    @DisplayName("a successful write invalidates the stored response: the next read is unconditional and sees the write (RFC 9111 §4.4)")
    void writeInvalidatesTheStore() throws Exception {
        dav.create("e.txt", "old", "*");
        letTagsBecomeStrong();
        Tagged<String> read = dav.read("e.txt");
        dav.read("e.txt"); // stored and revalidated: 304
        dav.replace("e.txt", read.withValue("new!"));
        assertEquals("new!", dav.read("e.txt").value());
        List<String> gets = httpd.log("/e.txt", 5).stream().filter(l -> l.startsWith("GET ")).toList();
        assertEquals(3, gets.size(), gets.toString());
        assertTrue(gets.get(1).startsWith("GET /e.txt 304 "), gets.toString());
        assertTrue(gets.get(2).startsWith("GET /e.txt 200 4 inm= "), "after the write: unconditional " + gets);
    }
}
