package test;

import io.micronaut.http.annotation.Controller;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class NotAHandler {

    @Versioned
    public Entities.Page helper(String slug) {
        return null;
    }
}
