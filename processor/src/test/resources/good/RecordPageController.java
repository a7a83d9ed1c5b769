package test.pages;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Records with @ETagSource UUID + @Version long + @DateUpdated Instant; every write shape; @ExecuteOn. */
@Controller("/pages")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecordPageController {

    public record Page(@ETagSource UUID id, @ETagSource @Version long version, String title,
                       @DateUpdated Instant updatedAt) {
    }

    public record PageVersion(@ETagSource UUID id, @ETagSource @Version long version, @DateUpdated Instant updatedAt) {
    }

    public Optional<PageVersion> pageVersion(String slug) {
        return Optional.empty();
    }

    @Get("/{slug}")
    @Versioned(lookup = "pageVersion")
    public Optional<Page> get(String slug) {
        return Optional.empty();
    }

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public HttpResponse<Page> put(String slug, CheckedState<PageVersion> state) {
        return HttpResponse.ok();
    }

    @Patch("/{slug}")
    @ConditionalWrite(lookup = "pageVersion", requireGuard = false, whenAbsent = ConditionalWrite.Absent.EVALUATE)
    public Page patchTitle(String slug, CheckedState<PageVersion> state) {
        return null;
    }

    @Delete("/{slug}")
    /** Guards its write itself (e.g. a delete that cannot lose another write): no CheckedState. */
    @ConditionalWrite(lookup = "pageVersion", whenAbsent = ConditionalWrite.Absent.NOT_FOUND, guardsWriteItself = true)
    public void delete(String slug) {
    }
}
