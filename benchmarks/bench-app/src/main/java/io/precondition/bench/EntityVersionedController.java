package io.precondition.bench;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.Versioned;

import java.util.Optional;

/**
 * Variants {@code versioned-entity} (200) and {@code 304-entity}: {@code @Versioned} without a lookup, so the 304 is
 * decided on the returned entity, after the handler loaded the whole page.
 */
@Controller("/versioned-entity")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EntityVersionedController {

    private final PageRepository pages;

    EntityVersionedController(PageRepository pages) {
        this.pages = pages;
    }

    /**
     * @param slug the page's key
     * @return the page, or 404
     */
    @Get("/{slug}")
    @Versioned
    public Optional<Page> get(String slug) {
        return pages.findBySlug(slug);
    }
}
