package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** The lookup's type and the body's type have the same simple name, Item, in different packages. */
@Controller("/items")
public class ItemController {

    Optional<test.two.Item> itemVersion(long id) {
        return Optional.empty();
    }

    @Get("/{id}")
    @Versioned(lookup = "itemVersion")
    public test.one.Item get(long id) {
        return null;
    }
}
