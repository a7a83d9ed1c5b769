package io.precondition.security;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Requests to one of the document controllers on 127.0.0.1 with the JDK client, as an {@link Account} (HTTP
 * Basic, RFC 7617) or anonymously ({@code null}). Header arguments are pairs: name, value, name, value, ...
 */
final class DocumentClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final int port;
    private final String collection;

    /** A client of {@link DocumentController}. */
    DocumentClient(int port) {
        this(port, DocumentController.PATH);
    }

    private DocumentClient(int port, String collection) {
        this.port = port;
        this.collection = collection;
    }

    /** @return a client of the same server's documents under another collection path */
    DocumentClient at(String otherCollection) {
        return new DocumentClient(port, otherCollection);
    }

    /** @return a key no other test uses */
    static String newId() {
        return "doc-" + UUID.randomUUID();
    }

    HttpResponse<String> get(@Nullable Account account, String id, String... headers) {
        return send(request(account, id, headers).GET());
    }

    HttpResponse<String> put(@Nullable Account account, String id, String text, String... headers) {
        return send(request(account, id, headers)
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    HttpResponse<String> delete(@Nullable Account account, String id, String... headers) {
        return send(request(account, id, headers).DELETE());
    }

    /** Creates a document as the writer ({@code If-None-Match: *}) and returns its ETag. */
    String create(String id, String text) {
        HttpResponse<String> created = put(Account.WRITER, id, text, "If-None-Match", "*");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create " + id + ": " + created.statusCode() + " " + created.body());
        }
        return created.headers().firstValue("ETag").orElseThrow();
    }

    private HttpRequest.Builder request(@Nullable Account account, String id, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + collection + "/" + id))
                .timeout(Duration.ofSeconds(30));
        if (account != null) {
            String credentials = account.name() + ":" + account.password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
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
