package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class StringDate {

    public static class Stamped {
        @LastModified
        public String modified;
    }

    @Get("/{slug}")
    @Versioned
    public Stamped get(String slug) {
        return null;
    }
}
