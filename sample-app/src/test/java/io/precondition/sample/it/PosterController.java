package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.precondition.annotation.Versioned;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads with caching headers of their own, and bodies without validators of their own (HTML text, bytes, a file)
 * versioned by the lookup, for {@link CachingAndBodiesTest}. In memory, on the event loop.
 */
@Controller("/it/posters")
@Requires(property = "it.posters", value = "true")
public class PosterController {

    private final Map<String, Item> posters = new ConcurrentHashMap<>();

    public @Nullable ItemState state(String id) {
        Item poster = posters.get(id);
        return poster == null ? null : new ItemState(poster.getId(), poster.getRevision(), poster.getChanged());
    }

    /** Unannotated: creates or replaces a poster, bumping its revision. */
    @Post("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    public HttpResponse<?> write(String id, @Body String text) {
        posters.compute(id, (key, old) -> new Item(id, old == null ? 0 : old.getRevision() + 1, text,
                LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(old == null ? 0 : old.getRevision() + 1)));
        return HttpResponse.noContent();
    }

    /** Sets its own Cache-Control and Vary, and declares them, so that a 304 decided by the lookup has them too. */
    @Get("/{id}")
    @Versioned(lookup = "state", cacheControl = "max-age=60", vary = "Accept-Language")
    public HttpResponse<Item> get(String id) {
        Item poster = posters.get(id);
        return poster == null ? HttpResponse.notFound()
                : HttpResponse.ok(poster).header("Cache-Control", "max-age=60").header("Vary", "Accept-Language");
    }

    /** Sets its own Cache-Control and Vary without declaring them: its lookup-decided 304s cannot know them. */
    @Get("/{id}/undeclared")
    @Versioned(lookup = "state")
    public HttpResponse<Item> undeclared(String id) {
        Item poster = posters.get(id);
        return poster == null ? HttpResponse.notFound()
                : HttpResponse.ok(poster).header("Cache-Control", "max-age=60").header("Vary", "Accept-Language");
    }

    /** Unannotated, with a strong ETag of the application's own that a compressed response must keep as it is. */
    @Get("/{id}/own-tag")
    public HttpResponse<Item> ownTag(String id) {
        Item poster = posters.get(id);
        return poster == null ? HttpResponse.notFound() : HttpResponse.ok(poster).header("ETag", "\"own-1\"");
    }

    @Get(value = "/{id}.html", produces = MediaType.TEXT_HTML)
    @Versioned(lookup = "state")
    public HttpResponse<String> html(String id) {
        Item poster = posters.get(id);
        return poster == null ? HttpResponse.notFound() : HttpResponse.ok("<h1>" + poster.getName() + "</h1>");
    }

    @Get(value = "/{id}.bin", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Versioned(lookup = "state")
    public @Nullable byte[] bytes(String id) {
        Item poster = posters.get(id);
        return poster == null ? null : poster.getName().getBytes(StandardCharsets.UTF_8);
    }

    @Get("/{id}.txt")
    @Versioned(lookup = "state")
    public HttpResponse<StreamedFile> file(String id) {
        Item poster = posters.get(id);
        return poster == null ? HttpResponse.notFound() : HttpResponse.ok(new StreamedFile(
                new ByteArrayInputStream(poster.getName().getBytes(StandardCharsets.UTF_8)), MediaType.TEXT_PLAIN_TYPE));
    }
}
