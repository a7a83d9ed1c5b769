package test.rendered;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.Instant;
import java.util.Optional;

/** Bodies without validators of their own (text, bytes, a file), versioned by the lookup; declared caching. */
@Controller("/rendered")
@Versioned(lookup = "pageVersion", vary = "Accept-Language")
public class RenderedController {

    public record PageVersion(@ETagSource String slug, @ETagSource long version, @LastModified Instant updatedAt) {
    }

    public Optional<PageVersion> pageVersion(String slug) {
        return Optional.empty();
    }

    @Get(value = "/{slug}.html", produces = "text/html")
    @Versioned(cacheControl = "max-age=60")
    public String html(String slug) {
        return "<p>" + slug + "</p>";
    }

    @Get("/{slug}.bin")
    public HttpResponse<byte[]> bytes(String slug) {
        return HttpResponse.ok(new byte[0]);
    }

    @Get("/{slug}.txt")
    @Versioned(cacheControl = "private, max-age=5", vary = {"Accept-Language", "Cookie"})
    public StreamedFile file(String slug) {
        return null;
    }
}
