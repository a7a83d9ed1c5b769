package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class ObjectTag {

    public static class Opaque {
        @ETagSource
        public Object token;
    }

    @Get("/{slug}")
    @Versioned
    public Opaque get(String slug) {
        return null;
    }
}
