package test;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.precondition.annotation.ETagSource;

import java.time.Instant;
import java.util.UUID;

/** Good validator types shared by the bad controllers. */
public final class Entities {

    private Entities() {
    }

    public record Page(@ETagSource UUID id, @ETagSource @Version long version, String title, @DateUpdated Instant updatedAt) {
    }

    public record PageVersion(@ETagSource UUID id, @ETagSource @Version long version, @DateUpdated Instant updatedAt) {
    }

    public record VersionOnly(@Version long version) {
    }

    public record Untagged(String title) {
    }
}
