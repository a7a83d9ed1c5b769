package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;

@Controller("/pages")
public class LookupRequired {

    @Put("/{slug}")
    @ConditionalWrite
    public Entities.Page put(String slug) {
        return null;
    }
}
