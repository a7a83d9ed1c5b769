package test.kotlin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.CheckedState;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import io.precondition.micronaut.binding.SuspendCalls;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import kotlin.coroutines.Continuation;

/**
 * The conditional request handling (RFC 9110 §13) of {@link SuspendController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = SuspendController.class
)
public final class SuspendControllerPreconditions implements HandlerBindings {
    private final SuspendController controller;

    SuspendControllerPreconditions(SuspendController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return SuspendController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        Lookup pageVersionLookup = Lookup.stage(route -> SuspendCalls.<SuspendController.Page>call(continuation -> controller.pageVersion(route.get("slug", String.class), continuation)));
        Lookup pageOrEmptyLookup = Lookup.stage(route -> SuspendCalls.<Optional<SuspendController.Page>>call(continuation -> controller.pageOrEmpty(route.get("slug", String.class), continuation)));
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("SuspendController.get"), String.class, Continuation.class)
                    .withLookup(pageVersionLookup, SuspendControllerPreconditions::validatorsOfSuspendControllerPage)
                    .withBody(SuspendController.Page.class, SuspendControllerPreconditions::validatorsOfSuspendControllerPage),
                HandlerBinding.of("getResponse", HandlerPolicy.read("SuspendController.getResponse"), String.class, Continuation.class)
                    .withLookup(pageOrEmptyLookup, SuspendControllerPreconditions::validatorsOfSuspendControllerPage)
                    .withBody(SuspendController.Page.class, SuspendControllerPreconditions::validatorsOfSuspendControllerPage),
                HandlerBinding.of("all", HandlerPolicy.read("SuspendController.all"), Continuation.class)
                    .withIterableBody(SuspendController.Page.class, SuspendControllerPreconditions::entityTagOfSuspendControllerPage),
                HandlerBinding.of("put", HandlerPolicy.write("SuspendController.put", true, false), String.class, String.class, CheckedState.class, Continuation.class)
                    .withLookup(pageVersionLookup, SuspendControllerPreconditions::validatorsOfSuspendControllerPage)
                    .withBody(SuspendController.Page.class, SuspendControllerPreconditions::validatorsOfSuspendControllerPage),
                HandlerBinding.of("delete", HandlerPolicy.write("SuspendController.delete", true, true), String.class, CheckedState.class, Continuation.class)
                    .withLookup(pageOrEmptyLookup, SuspendControllerPreconditions::validatorsOfSuspendControllerPage));
    }

    private static Validators validatorsOfSuspendControllerPage(SuspendController.Page value) {
        Instant lastModified = value.getUpdatedAt();
        return Validators.of(entityTagOfSuspendControllerPage(value), lastModified);
    }

    @Nullable
    private static EntityTag entityTagOfSuspendControllerPage(SuspendController.Page value) {
        long part0 = value.getVersion();
        return EntityTag.builder().add(part0).strong();
    }
}
