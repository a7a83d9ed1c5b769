package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class NoValidators {

    @Get("/{slug}")
    @Versioned
    public Entities.Untagged untaggedGet(String slug) {
        return null;
    }
}
