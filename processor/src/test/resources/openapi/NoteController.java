package test.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Optional;

/**
 * Handlers over an entity with an ETag and no modification date: a read, one with its own OpenAPI annotations,
 * writes of every kind, and an unannotated route.
 */
@Controller("/notes")
public class NoteController {

    public record Note(@ETagSource String id, @ETagSource long revision, String text) {
    }

    public record NoteText(String text) {
    }

    public Optional<Note> noteVersion(String id) {
        return Optional.empty();
    }

    /**
     * @param id the note's key
     * @return the note
     */
    @Get("/{id}")
    @Versioned(lookup = "noteVersion")
    public Optional<Note> read(String id) {
        return Optional.empty();
    }

    @Get("/{id}/mine")
    @Versioned(lookup = "noteVersion")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "my own If-Match")
    @ApiResponse(responseCode = "412", description = "my own 412")
    public Optional<Note> readDocumented(String id) {
        return Optional.empty();
    }

    @Get("/{id}/traced")
    @Versioned(lookup = "noteVersion")
    @Operation(summary = "my summary", parameters = @Parameter(name = "X-Trace", in = ParameterIn.HEADER,
            schema = @Schema(type = "string")))
    public Optional<Note> readTraced(String id) {
        return Optional.empty();
    }

    @Put("/{id}")
    @ConditionalWrite(lookup = "noteVersion", requireGuard = false)
    public Note replace(String id, @Body NoteText text, CheckedState<Note> state) {
        return null;
    }

    @Post("/{id}")
    @Status(HttpStatus.CREATED)
    @ConditionalWrite(lookup = "noteVersion")
    public Note create(String id, @Body NoteText text, CheckedState<Note> state) {
        return null;
    }

    @Delete("/{id}")
    @ConditionalWrite(lookup = "noteVersion")
    public HttpResponse<Void> delete(String id, CheckedState<Note> state) {
        return HttpResponse.noContent();
    }

    @Get("/{id}/plain")
    public String plain(String id) {
        return "";
    }
}
