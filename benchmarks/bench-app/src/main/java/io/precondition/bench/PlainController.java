package io.precondition.bench;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * Variant {@code plain}: the page GET without any annotation. No generated filter covers {@code /plain/**}, so it is
 * also variant 7's "library on the classpath" side (bench-app-plain has the same route without the library).
 */
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
