package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;

@Controller("/pages")
public class LookupReturnType {

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public Entities.Page put(String slug) {
        return null;
    }

    String pageVersion(String slug) {
        return null;
    }
}
