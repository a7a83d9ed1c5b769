package io.precondition.bench;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/**
 * Variants {@code versioned} (200) and {@code 304-lookup}: the page GET of the sample app, with a lookup that reads
 * only the validators, so that a 304 never loads the body.
 */
@Controller("/versioned")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VersionedController {

    private final PageRepository pages;

    VersionedController(PageRepository pages) {
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
     * @return the page, or 404
     */
    @Get("/{slug}")
    @Versioned(lookup = "pageVersion")
    public Optional<Page> get(String slug) {
        return pages.findBySlug(slug);
    }
}
