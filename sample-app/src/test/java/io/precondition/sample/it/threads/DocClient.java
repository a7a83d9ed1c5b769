package io.precondition.sample.it.threads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Requests to the thread and handler-identity test controllers on 127.0.0.1, with the JDK client. */
final class DocClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    DocClient(int port) {
        this.port = port;
    }

    static String newId() {
        return "doc-" + UUID.randomUUID();
    }

    /** GET with header pairs (name, value, ...). */
    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** PUT of a text/plain body, with header pairs. */
    HttpResponse<String> put(String path, String text, String... headers) {
        return send(request(path, headers).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
