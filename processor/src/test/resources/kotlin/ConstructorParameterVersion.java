package test.kotlin;

import io.micronaut.data.annotation.Version;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.time.Instant;

/**
 * {@code data class Note(val id: Long, @Version val version: Long, val updatedAt: Instant)} as kapt's stub: Micronaut
 * Data's {@code @Version} may target a parameter, so without {@code @field:} Kotlin puts it on the constructor
 * parameter only.
 */
@Controller("/notes")
public class ConstructorParameterVersion {

    public static final class Note {
        private final long id;
        private final long version;
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
}
