package io.precondition.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * nginx in front of the wiki. {@code /} is a caching reverse proxy with {@code proxy_cache_revalidate on}. nginx
 * never stores a response with {@code Cache-Control: no-cache} (nor {@code max-age=0}), so the configuration ignores
 * the app's Cache-Control and keeps pages fresh for 1 s ({@code proxy_cache_valid 200 1s}); after that it revalidates
 * upstream with If-None-Match / If-Modified-Since. {@code /gz/} is an uncached proxy where nginx itself gzips
 * (and so weakens the app's strong ETags); {@code /app-gz/} passes the client's Accept-Encoding to the app.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres", disabledReason = "H2 run only")
class NginxProxyTest extends ClientTestBase {
    private Nginx nginx;
    private WikiClient viaNginx;

    @BeforeAll
    void startNginx() throws Exception {
        String app = "http://127.0.0.1:" + server.getPort();
        nginx = Nginx.start("""
                  proxy_cache_path DIR/cache levels=1 keys_zone=wiki:1m;
                  server {
                    listen 127.0.0.1:PORT;
                    proxy_http_version 1.1;
                    location / {
                      proxy_pass APP;
                      proxy_cache wiki;
                      proxy_cache_revalidate on;
                      proxy_cache_valid 200 1s;
                      proxy_ignore_headers Cache-Control Expires;
                      proxy_set_header Accept-Encoding "";
                    }
                    location /gz/ {
                      proxy_pass APP/;
                      proxy_set_header Accept-Encoding "";
                      gzip on;
                      gzip_types application/json;
                      gzip_min_length 1000;
                    }
                    location /app-gz/ {
                      proxy_pass APP/;
                    }
                  }
                """.replace("APP", app));
        viaNginx = new WikiClient(nginx.port);
    }

    @AfterAll
    void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void expiredCachedPageIsRevalidatedUpstreamAndUpdatesAreSeen() throws Exception {
        String slug = slug("cached");
        String path = WikiClient.path(slug);
        String etag = wiki.create(slug, "Cached", "first").etag();

        Reply first = viaNginx.get(path);
        assertEquals(200, first.status(), first.toString());
        assertEquals(etag, first.etag());
        assertTrue(nginx.logFor("GET", path, 1).endsWith("up=200 cache=MISS"), nginx.accessLog().toString());
        Reply hit = viaNginx.get(path);
        assertEquals(200, hit.status());
        assertTrue(nginx.logFor("GET", path, 2).endsWith("cache=HIT"), nginx.accessLog().toString());

        Thread.sleep(2100); // past the 1 s freshness (nginx counts whole seconds)
        Reply revalidated = viaNginx.get(path);
        assertEquals(200, revalidated.status(), revalidated.toString());
        assertEquals("first", revalidated.jsonObject().get("body"), "answered from nginx's cache");
        assertTrue(nginx.logFor("GET", path, 3).endsWith("up=304 cache=REVALIDATED"), nginx.accessLog().toString());
        List<RequestRecorder.Seen> seen = recorder.requestsTo(path);
        RequestRecorder.Seen last = seen.get(seen.size() - 1);
        assertEquals(etag, last.ifNoneMatch(), "nginx revalidated with If-None-Match: " + seen);
        assertTrue(last.ifModifiedSince() != null, "and If-Modified-Since: " + seen);
        assertEquals(304, last.status(), seen.toString());

        Reply put = viaNginx.put(slug, Json.page(slug, "Cached", "second"), "If-Match", etag);
        assertEquals(200, put.status(), put.toString());
        Reply stale = viaNginx.put(slug, Json.page(slug, "Cached", "lost"), "If-Match", etag);
        assertEquals(412, stale.status(), stale.toString());

        Thread.sleep(2100); // the copy nginx revalidated is fresh for 1 s more; after that it asks the app again
        Reply after = viaNginx.get(path);
        assertEquals(200, after.status(), after.toString());
        assertEquals("second", after.jsonObject().get("body"), after.toString());
        assertEquals(put.etag(), after.etag());
        assertTrue(nginx.logFor("GET", path, 4).endsWith("up=200 cache=EXPIRED"), nginx.accessLog().toString());
        List<RequestRecorder.Seen> all = recorder.requestsTo(path);
        RequestRecorder.Seen refresh = all.get(all.size() - 1);
        assertEquals(etag, refresh.ifNoneMatch(), "revalidated with the old tag, answered 200: " + all);
        assertEquals(200, refresh.status());
    }

    @Test
    void nginxGzipWeakensTheTagSoAConditionalWriteThroughItFailsSafely() {
        String slug = slug("ngz");
        String etag = wiki.create(slug, "Nginx gzip", largeBody("ngz")).etag();

        Reply gz = viaNginx.get("/gz" + WikiClient.path(slug), "Accept-Encoding", "gzip");
        assertEquals(200, gz.status(), gz.toString());
        assertEquals("gzip", gz.header("Content-Encoding"), gz.toString());
        assertEquals("W/" + etag, gz.etag(), "nginx weakens a strong tag when it compresses");
        assertEquals(wiki.current(slug).text(), Gzip.gunzip(gz.body()));

        Reply revalidated = viaNginx.get("/gz" + WikiClient.path(slug), "Accept-Encoding", "gzip",
                "If-None-Match", gz.etag());
        assertEquals(304, revalidated.status(), "If-None-Match compares weakly" + revalidated);

        Reply put = viaNginx.send("PUT", "/gz" + WikiClient.path(slug), "application/json",
                Json.page(slug, "Lost?", "x"), "If-Match", gz.etag());
        assertEquals(412, put.status(), "If-Match compares strongly: a weak tag never writes" + put);
        assertEquals("Nginx gzip", wiki.current(slug).jsonObject().get("title"), "nothing was written");
        assertEquals(etag, wiki.current(slug).etag());
    }

    @Test
    void appGzipThroughNginxKeepsTheCodedStrongTagAndWrites() {
        String slug = slug("agz");
        wiki.create(slug, "App gzip", largeBody("agz"));
        Reply gz = viaNginx.get("/app-gz" + WikiClient.path(slug), "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.header("Content-Encoding"), gz.toString());
        assertTrue(gz.etag().endsWith("+gzip\"") && !gz.etag().startsWith("W/"), gz.toString());

        Reply revalidated = viaNginx.get("/app-gz" + WikiClient.path(slug), "Accept-Encoding", "gzip",
                "If-None-Match", gz.etag());
        assertEquals(304, revalidated.status(), revalidated.toString());
        assertEquals(gz.etag(), revalidated.etag());

        Reply put = viaNginx.send("PUT", "/app-gz" + WikiClient.path(slug), "application/json",
                Json.page(slug, "Written", "through nginx"), "If-Match", gz.etag());
        assertEquals(200, put.status(), put.toString());
        Reply stale = viaNginx.send("PUT", "/app-gz" + WikiClient.path(slug), "application/json",
                Json.page(slug, "Lost", "x"), "If-Match", gz.etag());
        assertEquals(412, stale.status(), stale.toString());
        assertNull(stale.header("ETag"), stale.toString());
    }
}
