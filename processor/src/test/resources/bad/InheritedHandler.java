package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/** An annotated handler in an abstract base controller. */
public abstract class InheritedHandler {

    @Get("/{slug}")
    @Versioned
    public Entities.Page get(String slug) {
        return null;
    }

    @Controller("/pages")
    public static class Pages extends InheritedHandler {
    }
}
