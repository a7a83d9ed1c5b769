package test.placeholder;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** A property placeholder in the controller's path: not a route variable; the filter pattern keeps it. */
@Controller("${app.base:/api}/pages")
public class PlaceholderController {

    public record Page(@ETagSource long version, String title) {
    }

    @Get("/{slug}")
    @Versioned
    public Optional<Page> get(String slug) {
        return Optional.empty();
    }
}
