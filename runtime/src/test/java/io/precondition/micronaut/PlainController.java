package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A controller without Precondition's annotations: needs no generated filter. */
@Controller("/plain")
@Requires(property = "spec.name", pattern = StartUpCheckTest.ANY)
class PlainController {

    @Get
    String get() {
        return "plain";
    }
}
