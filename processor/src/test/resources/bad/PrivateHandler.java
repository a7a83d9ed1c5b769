package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class PrivateHandler {

    @Get("/{slug}")
    @Versioned
    private Entities.Page hiddenGet(String slug) {
        return null;
    }
}
