package com.example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's HTTP client against the embedded server (127.0.0.1), headers exactly as given. */
final class NoteClient {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    NoteClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    HttpResponse<String> put(String path, String title, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(json(title)), headers);
    }

    /** @return the path of a new note */
    String create(String title) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve("/notes")).POST(json(title)));
        if (created.statusCode() != 201) {
            throw new AssertionError("create: " + created.statusCode() + " " + created.body());
        }
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new AssertionError("no id in " + created.body());
        }
        return "/notes/" + id.group(1);
    }

    private static HttpRequest.BodyPublisher json(String title) {
        return HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"text of " + title + "\"}");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
