package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;

import java.util.Optional;

@Controller("/pages")
public class UnguardedWrite {

    Optional<Entities.PageVersion> pageVersion(String slug) {
        return Optional.empty();
    }

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public Entities.Page put(String slug) {
        return null;
    }
}
