package test;

import io.micronaut.data.annotation.Version;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class TwoVersions {

    public record Doubled(@Version long version, @Version long revision) {
    }

    @Get("/{slug}")
    @Versioned
    public Doubled get(String slug) {
        return null;
    }
}
