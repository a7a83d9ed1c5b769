package test.ifmatch;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.micronaut.CheckedState;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** lookupOnIfMatch = false: the lookup's record is rebuilt from a single strong If-Match tag. */
@Controller("/docs")
public class IfMatchController {

    public record Doc(@ETagSource UUID id, @ETagSource long version, @ETagSource String lang, String text,
                      @DateUpdated Instant updatedAt) {
    }

    /** The date comes first; it is unknown on the fast path. */
    public record DocVersion(@DateUpdated Instant updatedAt, @ETagSource UUID id, @ETagSource long version,
                             @ETagSource String lang) {
    }

    public record Counter(@ETagSource int generation, @ETagSource Long count) {
    }

    public Optional<DocVersion> docVersion(String slug) {
        return Optional.empty();
    }

    public Mono<Counter> counterVersion(String name) {
        return Mono.empty();
    }

    @Put("/{slug}")
    @ConditionalWrite(lookup = "docVersion", lookupOnIfMatch = false)
    public HttpResponse<Doc> put(String slug, CheckedState<DocVersion> state) {
        return HttpResponse.ok();
    }

    @Post("/counters/{name}")
    @ConditionalWrite(lookup = "counterVersion", lookupOnIfMatch = false)
    public Mono<Counter> increment(String name, CheckedState<Counter> state) {
        return Mono.empty();
    }
}
