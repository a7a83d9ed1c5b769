package io.precondition.sample.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.WikiTestBase;
import io.precondition.sample.support.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The lookups during a database outage: the app reaches PostgreSQL through a {@link TcpProxy}, which is cut; every
 * request whose preconditions need the lookup gets the answer a failing handler would get, 503 problem+json, within
 * the pool's connection-timeout (never a hanging request, never a 304 / 412 / 404 decided without the state), and
 * revalidates again after the restore. PostgreSQL only (surefire execution {@code postgres}).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "precondition.test.database", matches = "postgres")
class LookupOutageTest extends WikiTestBase {
    private static final int CONNECTION_TIMEOUT_MS = 1000;
    /** The timeout plus scheduling slack on a busy 2-core machine. */
    private static final long LATENCY_BOUND_MS = 5000;

    private TcpProxy proxy;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new LinkedHashMap<>(super.getProperties());
        proxy = new TcpProxy(5432);
        props.put("datasources.default.url", props.get("datasources.default.url")
                .replace("127.0.0.1:5432/", "127.0.0.1:" + proxy.port() + "/"));
        props.put("datasources.default.connection-timeout", String.valueOf(CONNECTION_TIMEOUT_MS));
        props.put("datasources.default.validation-timeout", "500");
        return props;
    }

    @AfterAll
    void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @DisplayName("database unreachable: a conditional request's lookup answers 503 problem+json at once; after the restore, 304 again")
    void lookupDuringAnOutageIs503() throws Exception {
        String slug = slug("lookup-outage");
        String etag = create(slug).etag();
        assertEquals(304, wiki.getPage(slug, "If-None-Match", etag).status());

        proxy.cut();
        try {
            // GET and PATCH call the lookup (RFC 9110 §13.2.2 needs the current state); PUT with several tags too.
            Reply[] replies = new Reply[3];
            long[] millis = new long[3];
            for (int i = 0; i < replies.length; i++) {
                long start = System.nanoTime();
                replies[i] = switch (i) {
                    case 0 -> wiki.getPage(slug, "If-None-Match", etag);
                    case 1 -> wiki.patch(slug, "application/merge-patch+json", "{\"title\":\"t\"}", "If-Match", etag);
                    default -> wiki.put(slug, "{\"title\":\"t\",\"body\":\"b\"}", "If-Match", etag + ", \"other\"");
                };
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            for (int i = 0; i < replies.length; i++) {
                assertEquals(503, replies[i].status(), replies[i].toString());
                // RFC 9110 §10.2.3: when to try again.
                assertEquals("5", replies[i].header("Retry-After"), replies[i].toString());
                String type = String.valueOf(replies[i].contentType());
                assertTrue(type.startsWith("application/problem+json"), "RFC 9457 body: " + replies[i]);
                assertTrue(millis[i] <= LATENCY_BOUND_MS, "answered in " + millis[i] + " ms: " + replies[i]);
            }
        } finally {
            proxy.restore();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status;
        do {
            status = wiki.getPage(slug, "If-None-Match", etag).status();
        } while (status != 304 && System.nanoTime() < deadline);
        assertEquals(304, status, "the lookup works again after the restore");
    }
}
