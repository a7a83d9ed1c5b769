package test;

import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

public class NotInController {

    @Get("/pages/{slug}")
    @Versioned
    public Entities.Page get(String slug) {
        return null;
    }
}
