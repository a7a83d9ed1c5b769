package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class OverloadedHandler {

    @Get("/{slug}")
    @Versioned
    public Entities.Page get(String slug) {
        return null;
    }

    @Get("/{slug}/{revision}")
    @Versioned
    public Entities.Page get(String slug, int revision) {
        return null;
    }
}
