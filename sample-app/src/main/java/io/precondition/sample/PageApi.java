package io.precondition.sample;

import java.util.Optional;

import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/**
 * The wiki's reads (../shared/design/wiki-api.md), declared once for both ends: {@link PageController} implements
 * this interface and serves it under {@code /pages}; a declarative client extends it with {@code @Client("/pages")}
 * and inherits the routes and the {@code @Versioned} (precondition-client then revalidates them from its store).
 * The {@code pageVersion} lookup named here is always found on the controller.
 *
 * <p>The writes (PUT, PATCH, DELETE) stay on the controller: their {@code CheckedState} parameter is the server's
 * (precondition-runtime binds it), which a client can neither send nor pass {@code null} for, and a client's
 * {@code @ConditionalWrite} must take the caller's precondition instead (a {@code Tagged} body or an
 * {@code If-Match} parameter), which would be a new parameter of the handlers and of the wiki's OpenAPI document.
 */
public interface PageApi {

    /**
     * One page's route. Any single path segment matches, so that a slug outside the syntax gets 400 from validation
     * rather than 404 from routing.
     */
    String PAGE = "/{slug:[^/]+}";

    /**
     * The list of pages. {@link PageIndex} is the server's type (abstract, so that micronaut-openapi documents a
     * plain array): a client reads the list as a {@code List} of {@link PageSummary} with a method of its own.
     *
     * @return every page's slug and title, sorted by slug
     */
    @Get
    @Versioned
    PageIndex list();

    /**
     * @param slug the page's key
     * @return the page, or 404
     */
    @Get(PAGE)
    @Versioned(lookup = "pageVersion")
    Optional<Page> get(String slug);
}
