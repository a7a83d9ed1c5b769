package io.precondition.sample.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends requests to one running wiki at {@code http://127.0.0.1:<port>}. Headers are given as alternating
 * names and values. Requests go through the JDK's {@link HttpClient} (HTTP/1.1); a request that client
 * would refuse or alter (several lines of one field, an empty value, control characters, non-ASCII) goes
 * over {@link RawHttp} instead, so the exact bytes reach the server.
 */
public final class WikiClient {
    public static final String JSON = "application/json";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int port;
    private final HttpClient http;

    public WikiClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public int port() {
        return port;
    }

    public static String path(String slug) {
        return "/pages/" + slug;
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Reply head(String path, String... headers) {
        return send("HEAD", path, null, null, headers);
    }

    public Reply getPage(String slug, String... headers) {
        return get(path(slug), headers);
    }

    public Reply headPage(String slug, String... headers) {
        return head(path(slug), headers);
    }

    public Reply put(String slug, String json, String... headers) {
        return send("PUT", path(slug), JSON, json, headers);
    }

    public Reply patch(String slug, String contentType, String json, String... headers) {
        return send("PATCH", path(slug), contentType, json, headers);
    }

    public Reply delete(String slug, String... headers) {
        return send("DELETE", path(slug), null, null, headers);
    }

    /** Creates a page with {@code If-None-Match: *} and fails the test unless that gives 201. */
    public Reply create(String slug, String title, String body) {
        Reply reply = put(slug, Json.page(slug, title, body), "If-None-Match", "*");
        if (reply.status() != 201) {
            throw new AssertionError("setup: creating " + slug + " should give 201" + reply);
        }
        return reply;
    }

    /** Replaces a page guarded by its current ETag and fails the test unless that gives 200. */
    public Reply replace(String slug, String etag, String title, String body) {
        Reply reply = put(slug, Json.page(slug, title, body), "If-Match", etag);
        if (reply.status() != 200) {
            throw new AssertionError("setup: replacing " + slug + " should give 200" + reply);
        }
        return reply;
    }

    /** GETs a page and fails the test unless that gives 200. */
    public Reply current(String slug) {
        Reply reply = getPage(slug);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + slug + " should give 200" + reply);
        }
        return reply;
    }

    /** Sends one request; {@code headers} alternate names and values, a name may repeat. */
    public Reply send(String method, String path, String contentType, String body, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers must be name/value pairs");
        }
        if (needsRawSocket(headers)) {
            RawHttp raw = RawHttp.request(port, method, path);
            if (contentType != null) {
                raw.header("Content-Type", contentType);
            }
            for (int i = 0; i < headers.length; i += 2) {
                raw.header(headers[i], headers[i + 1]);
            }
            if (body != null) {
                raw.body(body);
            }
            return raw.send();
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT)
                .method(method, publisher);
        StringBuilder shown = new StringBuilder(method + " " + path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
            shown.append(" [Content-Type: ").append(contentType).append(']');
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            shown.append(" [").append(headers[i]).append(": ").append(headers[i + 1]).append(']');
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> fields = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values);
                }
            });
            byte[] bytes = response.body() == null ? new byte[0] : response.body();
            return new Reply(shown.toString(), response.statusCode(), fields, bytes);
        } catch (IOException e) {
            throw new AssertionError("request failed or connection dropped: " + shown + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + shown, e);
        }
    }

    private static boolean needsRawSocket(String[] headers) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < headers.length; i += 2) {
            String name = headers[i].toLowerCase(Locale.ROOT);
            if (!names.add(name) || name.equals("content-length") || name.equals("host")
                    || name.equals("connection") || name.equals("expect") || name.equals("upgrade")) {
                return true;
            }
            String value = headers[i + 1];
            if (value.isEmpty() || !value.equals(value.strip())) {
                return true;
            }
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c < 0x20 || c > 0x7e) {
                    return true;
                }
            }
        }
        return false;
    }
}
