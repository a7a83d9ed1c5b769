package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.micronaut.CheckedState;

import java.time.Instant;
import java.util.Optional;

/** Each handler misuses lookupOnIfMatch = false in one way. */
@Controller("/pages")
public class IfMatchWithoutLookup {

    public record Titled(@ETagSource long version, String title) {
    }

    public record Dated(@ETagSource long version, @LastModified Instant at) {
    }

    public Optional<Titled> titled(String slug) {
        return Optional.empty();
    }

    public Optional<Dated> dated(String slug) {
        return Optional.empty();
    }

    @Put("/{slug}/unguarded")
    @ConditionalWrite(lookup = "dated", lookupOnIfMatch = false)
    public Dated unguarded(String slug) {
        return null;
    }

    @Patch("/{slug}")
    @ConditionalWrite(lookupOnIfMatch = false, lookup = "dated")
    public Dated patch(String slug, CheckedState<Dated> state) {
        return null;
    }

    @Put("/{slug}/titled")
    @ConditionalWrite(lookup = "titled", lookupOnIfMatch = false)
    public Titled titledPut(String slug, CheckedState<Titled> state) {
        return null;
    }

    @Delete("/{slug}")
    @ConditionalWrite(lookup = "dated", lookupOnIfMatch = false, whenAbsent = ConditionalWrite.Absent.EVALUATE)
    public void delete(String slug, CheckedState<Dated> state) {
    }
}
