package test.names;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/**
 * An unannotated get(slug, rev) beside @Versioned get(slug): the filter tells them apart by their parameter types.
 * getPage and get_page are two handlers with two constants.
 */
@Controller("/pages")
public class SharedNameController {

    public record Page(@ETagSource long version, String title) {
    }

    public Optional<Page> pageVersion(String slug) {
        return Optional.empty();
    }

    @Get("/{slug}")
    @Versioned(lookup = "pageVersion")
    public Optional<Page> get(String slug) {
        return Optional.empty();
    }

    /** Not versioned: a revision is another representation, with its own tag. */
    @Get("/{slug}/revisions/{rev}")
    public Optional<Page> get(String slug, int rev) {
        return Optional.empty();
    }

    @Get("/{slug}/a")
    @Versioned
    public Page getPage(String slug) {
        return null;
    }

    @Get("/{slug}/b")
    @Versioned
    public Page get_page(String slug) {
        return null;
    }
}
