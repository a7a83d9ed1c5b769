package io.precondition.bench;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/** Variant {@code hash-filter}: the same unannotated GET, behind {@link HashEtagFilter}. */
@Controller("/hashed")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HashedController {

    private final PageRepository pages;

    HashedController(PageRepository pages) {
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
