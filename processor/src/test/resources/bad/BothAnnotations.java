package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class BothAnnotations {

    @Put("/{slug}")
    @Versioned
    @ConditionalWrite(lookup = "pageVersion")
    public Entities.Page put(String slug) {
        return null;
    }

    public Entities.PageVersion pageVersion(String slug) {
        return null;
    }
}
