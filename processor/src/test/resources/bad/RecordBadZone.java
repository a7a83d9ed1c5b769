package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.LocalDateTime;

@Controller("/pages")
public class RecordBadZone {

    public record Dated(
            @LastModified(zone = "Europe/Atlantis") LocalDateTime modified) {
    }

    @Get("/{slug}")
    @Versioned
    public Dated get(String slug) {
        return null;
    }
}
