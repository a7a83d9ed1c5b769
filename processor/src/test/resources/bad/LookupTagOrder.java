package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/** The same kinds of parts, in another order: the tags could never match. */
@Controller("/docs")
public class LookupTagOrder {

    public record Doc(@ETagSource String tenant, @ETagSource long version, String text) {
    }

    public record DocVersion(@ETagSource long version, @ETagSource String tenant) {
    }

    Optional<DocVersion> docVersion(String id) {
        return Optional.empty();
    }

    @Get("/{id}")
    @Versioned(lookup = "docVersion")
    public Doc get(String id) {
        return null;
    }
}
