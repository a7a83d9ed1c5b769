package test.dates;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/** Every kind of modification date, without an entity tag. */
@Controller
public class DatesController {

    public record Millis(@LastModified Long modifiedAt) {
    }

    public record Paris(@LastModified(zone = "Europe/Paris") LocalDateTime modifiedAt) {
    }

    public record Utc(@LastModified(zone = "UTC") LocalDateTime modifiedAt) {
    }

    /** No zone: the JVM's, as Micronaut Data fills it. */
    public record Local(@LastModified LocalDateTime modifiedAt) {
    }

    public record Zoned(@LastModified ZonedDateTime modifiedAt) {
    }

    public static class Legacy {
        @LastModified
        public Date modifiedAt;
    }

    @Get("/millis")
    @Versioned
    public Millis millis() {
        return null;
    }

    @Get("/paris{/id}")
    @Versioned
    public Paris paris() {
        return null;
    }

    @Get("/utc")
    @Versioned
    public Utc utc() {
        return null;
    }

    @Get("/local")
    @Versioned
    public Local local() {
        return null;
    }

    @Get("/zoned{?q}")
    @Versioned
    public Zoned zoned() {
        return null;
    }

    @Get("/legacy")
    @Versioned
    public Legacy legacy() {
        return null;
    }
}
