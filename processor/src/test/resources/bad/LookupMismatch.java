package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.util.Optional;

@Controller("/pages")
public class LookupMismatch {

    @Get("/{slug}")
    @Versioned(lookup = "pageVersion")
    public Entities.Page get(String slug) {
        return null;
    }

    Optional<Entities.VersionOnly> pageVersion(String slug) {
        return Optional.empty();
    }
}
