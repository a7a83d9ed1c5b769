package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class OpaqueBodyWithoutLookup {

    @Get(value = "/{slug}.html", produces = "text/html")
    @Versioned
    public String html(String slug) {
        return "";
    }
}
