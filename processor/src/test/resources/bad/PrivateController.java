package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

public class PrivateController {

    @Controller("/pages")
    private static class Hidden {

        @Get("/{slug}")
        @Versioned
        public Entities.Page get(String slug) {
            return null;
        }
    }
}
