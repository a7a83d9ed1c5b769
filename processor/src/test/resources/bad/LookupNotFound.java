package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;

@Controller("/pages")
public class LookupNotFound {

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersoin")
    public Entities.Page put(String slug) {
        return null;
    }

    public Entities.PageVersion pageVersion(String slug) {
        return null;
    }
}
