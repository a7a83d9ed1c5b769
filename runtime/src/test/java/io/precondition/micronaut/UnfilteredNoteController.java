package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

/**
 * A controller with Precondition's annotations whose filter was never generated: this module's test sources compile
 * with Micronaut's processor only (precondition-processor depends on this module, so it cannot run here), as an
 * application's do when the processor is missing from its processor path.
 */
@Controller("/unfiltered")
@Versioned
@Requires(property = "spec.name", pattern = StartUpCheckTest.UNFILTERED)
class UnfilteredNoteController {

    @Get("/{id}")
    String get(String id) {
        return "note " + id;
    }

    @Put("/{id}")
    @ConditionalWrite
    String put(String id, @Body String text) {
        return text;
    }

    /** Not a read and not a conditional write: class-level {@code @Versioned} does not reach it. */
    @Post("/{id}/comments")
    String comment(String id, @Body String text) {
        return text;
    }
}
