package test.posts;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.DateUpdated;
import java.time.Instant;
public abstract class Base {
    @Version
    private Long version;
    @DateUpdated
    private Instant updated;
    public Long getVersion() { return version; }
    public Instant getUpdated() { return updated; }
}
