package test.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.time.Instant;
import java.util.Optional;

/** A class-level @Versioned: its @Get handlers are versioned, and its write borrows its lookup. */
@Controller("/archive")
@Versioned(lookup = "entryVersion")
public class ArchiveController {

    public record Entry(@ETagSource long version, @LastModified Instant savedAt) {
    }

    public Optional<Entry> entryVersion(String id) {
        return Optional.empty();
    }

    @Get("/{id}")
    public Optional<Entry> read(String id) {
        return Optional.empty();
    }

    @Patch("/{id}")
    @ConditionalWrite
    public Entry patch(String id, CheckedState<Entry> state) {
        return null;
    }
}
