package test.overloads;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/**
 * Two annotated get overloads, each with its own lookup and caching, and an unannotated one: one case in the
 * filter's switch, the overloads told apart by their parameter types, and two constants (GET_POLICY, GET_POLICY_2).
 */
@Controller("/pages")
public class OverloadedController {

    public record Page(@ETagSource long version, String title) {
    }

    public Optional<Page> latest(String slug) {
        return Optional.empty();
    }

    public Optional<Page> revision(String slug, int revision) {
        return Optional.empty();
    }

    @Get("/{slug}")
    @Versioned(lookup = "latest", cacheControl = "max-age=60")
    public Optional<Page> get(String slug) {
        return Optional.empty();
    }

    @Get("/{slug}/{revision}")
    @Versioned(lookup = "revision", cacheControl = "max-age=31536000, immutable")
    public Optional<Page> get(String slug, int revision) {
        return Optional.empty();
    }

    @Get("/{slug}/{revision}/raw")
    public Optional<Page> get(String slug, int revision, boolean raw) {
        return Optional.empty();
    }
}
