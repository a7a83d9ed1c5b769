package test.openapi;

import io.micronaut.http.annotation.Controller;

import java.util.Optional;

/** Serves {@link ShelfBase#show} as its own handler; the lookup is the controller's. */
@Controller("/shelves")
public class ShelfController extends ShelfBase {

    public Optional<Shelf> shelfVersion(Long id) {
        return Optional.empty();
    }
}
