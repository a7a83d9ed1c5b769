package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.micronaut.CheckedState;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;

import java.util.Optional;

/**
 * The wiki's HTTP API. Every precondition behaviour (ETag, Last-Modified, 304, 412, 428) comes from the
 * annotations; the handlers only read and write pages, handing the checked version to the database. The reads'
 * routes and {@code @Versioned} are declared on {@link PageApi}, which a declarative client shares; the writes'
 * here (see {@link PageApi} for why).
 */
@Controller("/pages")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PageController implements PageApi {

    /** The media type of a JSON merge patch (RFC 7396). */
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final PageRepository pages;
    private final PageService service;
    private final MergePatch mergePatch;

    PageController(PageRepository pages, PageService service, MergePatch mergePatch) {
        this.pages = pages;
        this.service = service;
        this.mergePatch = mergePatch;
    }

    /**
     * The validators of a page, read before the handlers: one small query without the body.
     *
     * @param slug the page's key
     * @return the page's validators, or empty when it does not exist
     */
    public Optional<PageVersion> pageVersion(@Pattern(regexp = PageContent.SLUG) String slug) {
        return pages.findOneBySlug(slug);
    }

    /**
     * @return every page's slug and title, sorted by slug
     */
    @Override
    public PageIndex list() {
        return service.index();
    }

    /**
     * @param slug the page's key
     * @return the page, or 404
     */
    @Override
    public Optional<Page> get(@Pattern(regexp = PageContent.SLUG) String slug) {
        return pages.findBySlug(slug);
    }

    /**
     * Creates a page ({@code If-None-Match: *}) or replaces it ({@code If-Match}). A single strong {@code If-Match}
     * skips the lookup: its tag is the checked state, and the replace is keyed by the slug and that tag.
     *
     * <p>Its 200 is documented by Precondition's processor from the annotations; the 201 of a create is declared here,
     * as micronaut-openapi sees one success status per handler.
     *
     * @param slug the page's key
     * @param input the new content
     * @param state the page as its preconditions were checked
     * @return 200 with the replaced page, or 201 with the created one
     */
    @Put(PageApi.PAGE)
    @ConditionalWrite(lookup = "pageVersion", lookupOnIfMatch = false)
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true,
            description = "Created (`If-None-Match: *` on an absent page): the stored page",
            headers = {
                @Header(name = "Location", description = "The created page's URL, `/pages/{slug}`",
                        schema = @Schema(type = "string")),
                @Header(name = "ETag", description = "The entity tag (RFC 9110 §8.8.3) of the created page; send it "
                        + "in If-Match for the next write.", schema = @Schema(type = "string")),
                @Header(name = "Last-Modified", description = "When the page was created (RFC 9110 §8.8.2), an "
                        + "IMF-fixdate at whole seconds; send it in If-Unmodified-Since.",
                        schema = @Schema(type = "string"))})
    public HttpResponse<Page> put(@Pattern(regexp = PageContent.SLUG) String slug, @Body PageInput input,
                                  CheckedState<PageVersion> state) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "the body's slug must equal the path's slug");
        }
        PageContent.check(input.title(), input.body());
        if (state.exists()) {
            return HttpResponse.ok(service.replace(slug, state.get(), input.title(), input.body()));
        }
        Page created = service.create(Page.create(slug, input.title(), input.body()));
        return HttpResponse.created(created, UriBuilder.of("/pages").path(slug).build());
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to the page's title and body.
     *
     * @param slug the page's key
     * @param patch the merge patch document
     * @param state the page as its preconditions were checked
     * @return the patched page
     */
    @Patch(PageApi.PAGE)
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @ConditionalWrite(lookup = "pageVersion")
    public Page patch(@Pattern(regexp = PageContent.SLUG) String slug, @Body @Nullable String patch,
                      CheckedState<PageVersion> state) {
        MergePatch.Change change = mergePatch.parse(patch, slug);
        return service.patch(state.get(), page -> {
            Page patched = change.applyTo(page);
            PageContent.check(patched.title(), patched.body());
            return patched;
        });
    }

    /**
     * @param slug the page's key
     * @param state the page as its preconditions were checked
     */
    @Delete(PageApi.PAGE)
    @Status(HttpStatus.NO_CONTENT)
    @ConditionalWrite(lookup = "pageVersion")
    public void delete(@Pattern(regexp = PageContent.SLUG) String slug, CheckedState<PageVersion> state) {
        service.delete(state.get());
    }
}
