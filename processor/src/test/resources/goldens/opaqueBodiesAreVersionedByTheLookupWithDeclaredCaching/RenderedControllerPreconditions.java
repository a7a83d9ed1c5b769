package test.rendered;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link RenderedController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = RenderedController.class
)
public final class RenderedControllerPreconditions implements HandlerBindings {
    private final RenderedController controller;

    RenderedControllerPreconditions(RenderedController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return RenderedController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup pageVersionLookup = Lookup.blocking(route -> controller.pageVersion(route.get("slug", String.class)));
        return List.of(
                HandlerBinding.of("html", HandlerPolicy.read("RenderedController.html").withCaching("max-age=60", "Accept-Language").withValidatorsFromLookup(), String.class)
                    .withLookup(pageVersionLookup, RenderedControllerPreconditions::validatorsOfRenderedControllerPageVersion),
                HandlerBinding.of("bytes", HandlerPolicy.read("RenderedController.bytes").withCaching(null, "Accept-Language").withValidatorsFromLookup(), String.class)
                    .withLookup(pageVersionLookup, RenderedControllerPreconditions::validatorsOfRenderedControllerPageVersion),
                HandlerBinding.of("file", HandlerPolicy.read("RenderedController.file").withCaching("private, max-age=5", "Accept-Language", "Cookie").withValidatorsFromLookup(), String.class)
                    .withLookup(pageVersionLookup, RenderedControllerPreconditions::validatorsOfRenderedControllerPageVersion));
    }

    private static Validators validatorsOfRenderedControllerPageVersion(
            RenderedController.PageVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfRenderedControllerPageVersion(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfRenderedControllerPageVersion(
            RenderedController.PageVersion value) {
        String part0 = value.slug();
        long part1 = value.version();
        if (part0 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }
}
