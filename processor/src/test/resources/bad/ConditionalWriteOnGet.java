package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ConditionalWrite;

@Controller("/pages")
public class ConditionalWriteOnGet {

    @Get("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public Entities.Page get(String slug) {
        return null;
    }

    public Entities.PageVersion pageVersion(String slug) {
        return null;
    }
}
