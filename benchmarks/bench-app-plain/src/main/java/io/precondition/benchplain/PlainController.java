package io.precondition.benchplain;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/** Variant 7 without the library: the same route as bench-app's {@code PlainController}. */
@Controller("/plain")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlainController {

    private final PageRepository pages;

    PlainController(PageRepository pages) {
        this.pages = pages;
    }

    /**
     * @param slug the page's key
     * @return the page, or 404
     */
    @Get("/{slug}")
    public Optional<Page> get(String slug) {
        return pages.findBySlug(slug);
    }
}
