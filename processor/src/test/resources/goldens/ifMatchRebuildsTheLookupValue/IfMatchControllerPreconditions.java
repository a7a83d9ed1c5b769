package test.ifmatch;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagReader;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link IfMatchController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = IfMatchController.class
)
public final class IfMatchControllerPreconditions implements HandlerBindings {
    private final IfMatchController controller;

    IfMatchControllerPreconditions(IfMatchController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return IfMatchController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup docVersionLookup = Lookup.blocking(route -> controller.docVersion(route.get("slug", String.class)));
        Lookup counterVersionLookup = Lookup.publisher(route -> controller.counterVersion(route.get("name", String.class)));
        return List.of(
                HandlerBinding.of("put", HandlerPolicy.write("IfMatchController.put", true, false), String.class, CheckedState.class)
                    .withLookup(docVersionLookup, IfMatchControllerPreconditions::validatorsOfIfMatchControllerDocVersion)
                    .withIfMatchClaim(IfMatchControllerPreconditions::claimOfIfMatchControllerDocVersion)
                    .withBody(IfMatchController.Doc.class, IfMatchControllerPreconditions::validatorsOfIfMatchControllerDoc),
                HandlerBinding.of("increment", HandlerPolicy.write("IfMatchController.increment", true, false), String.class, CheckedState.class)
                    .withLookup(counterVersionLookup, IfMatchControllerPreconditions::validatorsOfIfMatchControllerCounter)
                    .withIfMatchClaim(IfMatchControllerPreconditions::claimOfIfMatchControllerCounter)
                    .withBody(IfMatchController.Counter.class, IfMatchControllerPreconditions::validatorsOfIfMatchControllerCounter));
    }

    private static Validators validatorsOfIfMatchControllerDocVersion(
            IfMatchController.DocVersion value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfIfMatchControllerDocVersion(value), lastModified);
    }

    private static Validators validatorsOfIfMatchControllerDoc(IfMatchController.Doc value) {
        Instant lastModified = value.updatedAt();
        return Validators.of(entityTagOfIfMatchControllerDoc(value), lastModified);
    }

    private static Validators validatorsOfIfMatchControllerCounter(
            IfMatchController.Counter value) {
        return Validators.of(entityTagOfIfMatchControllerCounter(value), null);
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerDocVersion(
            IfMatchController.DocVersion value) {
        UUID part0 = value.id();
        long part1 = value.version();
        String part2 = value.lang();
        if (part0 == null || part2 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).add(part2).strong();
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerDoc(IfMatchController.Doc value) {
        UUID part0 = value.id();
        long part1 = value.version();
        String part2 = value.lang();
        if (part0 == null || part2 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).add(part2).strong();
    }

    @Nullable
    private static EntityTag entityTagOfIfMatchControllerCounter(IfMatchController.Counter value) {
        int part0 = value.generation();
        Long part1 = value.count();
        if (part1 == null) {
            return null;
        }
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static IfMatchController.DocVersion claimOfIfMatchControllerDocVersion(
            EntityTagReader tag) {
        UUID part0 = tag.nextUuid();
        long part1 = tag.nextLong();
        String part2 = tag.nextString();
        return tag.atEnd() ? new IfMatchController.DocVersion(null, part0, part1, part2) : null;
    }

    @Nullable
    private static IfMatchController.Counter claimOfIfMatchControllerCounter(EntityTagReader tag) {
        int part0 = tag.nextInt();
        Long part1 = tag.nextLong();
        return tag.atEnd() ? new IfMatchController.Counter(part0, part1) : null;
    }
}
