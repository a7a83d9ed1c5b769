package io.precondition.client.netty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;

/**
 * A hand-written conditional server for the Netty-client round trip (no Precondition on this side): notes with a
 * version, as text or as JSON, {@code ETag: "v<n>"}, {@code Cache-Control: no-cache}, 304 on a matching If-None-Match, 412 with
 * problem+json on a stale If-Match, and 200 + new ETag + Content-Location on a write.
 */
@Controller("/notes")
@Requires(property = "netty.round-trip")
public class NoteController {

    /** How many 304s and full 200s the GETs got. */
    public static final AtomicInteger NOT_MODIFIED = new AtomicInteger();
    /** How many full GET answers were sent. */
    public static final AtomicInteger FULL = new AtomicInteger();

    private final Map<String, String[]> notes = new ConcurrentHashMap<>(); // id -> {version, text}

    @Get("/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> read(String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        String[] note = notes.computeIfAbsent(id, k -> new String[] {"1", "first"});
        String etag = "\"v" + note[0] + "\"";
        if (etag.equals(ifNoneMatch)) {
            NOT_MODIFIED.incrementAndGet();
            return HttpResponse.<String>notModified().header("ETag", etag).header("Cache-Control", "no-cache");
        }
        FULL.incrementAndGet();
        return HttpResponse.ok(note[1]).header("ETag", etag).header("Cache-Control", "no-cache");
    }

    @Get("/{id}/json")
    public HttpResponse<Map<String, String>> readJson(String id,
                                                     @Nullable @Header("If-None-Match") String ifNoneMatch) {
        String[] note = notes.computeIfAbsent(id, k -> new String[] {"1", "first"});
        String etag = "\"v" + note[0] + "\"";
        if (etag.equals(ifNoneMatch)) {
            NOT_MODIFIED.incrementAndGet();
            return HttpResponse.<Map<String, String>>notModified().header("ETag", etag)
                    .header("Cache-Control", "no-cache");
        }
        FULL.incrementAndGet();
        return HttpResponse.ok(Map.of("text", note[1])).header("ETag", etag).header("Cache-Control", "no-cache");
    }

    @Put("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public synchronized HttpResponse<String> write(String id, @Body String text,
                                                   @Nullable @Header("If-Match") String ifMatch) {
        String[] note = notes.computeIfAbsent(id, k -> new String[] {"1", "first"});
        String current = "\"v" + note[0] + "\"";
        if (!current.equals(ifMatch)) {
            return HttpResponse.<String>status(HttpStatus.PRECONDITION_FAILED).header("ETag", current)
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body("{\"status\":412,\"title\":\"Precondition Failed\",\"detail\":\"stale If-Match\"}");
        }
        String[] next = {Integer.toString(Integer.parseInt(note[0]) + 1), text};
        notes.put(id, next);
        return HttpResponse.ok(text).header("ETag", "\"v" + next[0] + "\"")
                .header("Content-Location", "/notes/" + id).header("Cache-Control", "no-cache");
    }
}
