package io.precondition.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Requests to {@link ItemController} on 127.0.0.1, with the JDK client. */
final class ItemClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    ItemClient(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    static String newId() {
        return "it-" + UUID.randomUUID();
    }

    /** GET with header pairs (name, value, name, value, ...). */
    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** HEAD with header pairs. */
    HttpResponse<String> head(String path, String... headers) {
        return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** PUT of a text/plain name to an item, with header pairs. */
    HttpResponse<String> put(String id, String name, String... headers) {
        return putTo("/it/items/" + id, name, headers);
    }

    /** PUT of a text/plain body, with header pairs. */
    HttpResponse<String> putTo(String path, String text, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** PUT of a body with header pairs (a Content-Type among them). */
    HttpResponse<String> putJson(String path, String body, String... headers) {
        return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST of a text/plain body to a path. */
    HttpResponse<String> post(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** POST of a text/plain name to an unannotated route. */
    HttpResponse<String> seed(String id, String name) {
        return send(request("/it/items/" + id + "/seed")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(name)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        // Bounded: a response that never completes fails the test instead of hanging it.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
