package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/** A controller that extends a controller with an annotated handler. */
@Controller("/pages")
public class ControllerSubclass {

    @Get("/{slug}")
    @Versioned
    public Entities.Page get(String slug) {
        return null;
    }

    @Get("/{slug}/other")
    @Versioned
    public Entities.Page other(String slug) {
        return null;
    }

    @Controller("/v2/pages")
    public static class V2 extends ControllerSubclass {

        /** Overridden with its annotations: V2 has its own handler and filter for it. */
        @Override
        @Get("/{slug}/other")
        @Versioned
        public Entities.Page other(String slug) {
            return null;
        }
    }
}
