package test.kotlin;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.time.Instant;

/**
 * {@code data class Note(val id: Long, @Version val version: Long, @DateUpdated val updatedAt: Instant)} as kapt's
 * stub: {@code @DateUpdated} cannot target a parameter and lands on the field, {@code @Version} can and lands on the
 * constructor parameter only. Without the error, the filter would send a Last-Modified and silently no ETag. Two
 * handlers read Note: the error is reported once.
 */
@Controller("/notes")
public class ParameterVersionBesideFieldDate {

    public static final class Note {
        private final long id;
        private final long version;
        @DateUpdated
        private final Instant updatedAt;

        public Note(long id, @Version long version, Instant updatedAt) {
            this.id = id;
            this.version = version;
            this.updatedAt = updatedAt;
        }

        public long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public Instant getUpdatedAt() {
            return updatedAt;
        }
    }

    @Get("/{id}")
    @Versioned
    public Note get(long id) {
        return null;
    }

    @Get("/{id}/again")
    @Versioned
    public Note getAgain(long id) {
        return null;
    }
}
