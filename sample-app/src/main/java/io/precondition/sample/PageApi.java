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
 * <p>The writes (PUT, PATCH, DELETE) stay on the controller: their {@code CheckedState} parameter is
 * precondition-runtime's type, which on this interface would put the server runtime on the compile path of every
 * client of the API, and which a client cannot supply (Micronaut's declarative client refuses {@code null} for an
 * argument that is not {@code @Nullable}, and would bind any other value into the request). PATCH's
 * {@code @Consumes} would also turn into the client's {@code Accept}.
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
