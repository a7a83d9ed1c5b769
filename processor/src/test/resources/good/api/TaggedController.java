package test.api;

import io.micronaut.http.annotation.Controller;

/** A handler inherited, not overridden, from an abstract base ({@link TaggedBase}): the concrete controller's own. */
@Controller("/tagged")
public class TaggedController extends TaggedBase {
}
