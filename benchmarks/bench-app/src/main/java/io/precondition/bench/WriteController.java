package io.precondition.bench;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.micronaut.CheckedState;

import io.micronaut.data.exceptions.OptimisticLockException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Variants {@code put-if-match} ({@code PUT /pages/{slug}}, as in the sample: a single strong If-Match skips the
 * lookup, then {@code UPDATE ... WHERE slug = ? AND id = ? AND version = ?}) and {@code put-blind} ({@code PUT /blind/{slug}}: one
 * {@code UPDATE ... WHERE slug = ?}, no annotation). Both answer 200 with the same JSON.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class WriteController {

    private final PageRepository pages;

    WriteController(PageRepository pages) {
        this.pages = pages;
    }

    /**
     * @param slug the page's key
     * @return the page's validators
     */
    public Optional<PageVersion> pageVersion(String slug) {
        return pages.findOneBySlug(slug);
    }

    /**
     * @param slug the page's key
     * @param input the new content
     * @param state the page as its preconditions were checked
     * @return 200 with the stored page
     */
    @Put("/pages/{slug}")
    @ConditionalWrite(lookup = "pageVersion", lookupOnIfMatch = false)
    public HttpResponse<Page> put(String slug, @Body PageInput input, CheckedState<PageVersion> state) {
        if (!state.exists()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no page " + slug);
        }
        PageVersion checked = state.get();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (pages.replaceChecked(slug, checked.id(), checked.version(), input.title(), input.body(), now) == 0) {
            throw new OptimisticLockException("page " + slug + " is not in the checked state");
        }
        return HttpResponse.ok(new Page(checked.id(), checked.version() + 1, slug, input.title(), input.body(), now));
    }

    /**
     * @param slug the page's key
     * @param input the new content
     * @return 200 with the page as written
     */
    @Put("/blind/{slug}")
    public HttpResponse<Page> blind(String slug, @Body PageInput input) {
        if (pages.updateBySlug(slug, input.title(), input.body(), Instant.now()) == 0) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no page " + slug);
        }
        return HttpResponse.ok(new Page(null, null, slug, input.title(), input.body(), null));
    }
}
