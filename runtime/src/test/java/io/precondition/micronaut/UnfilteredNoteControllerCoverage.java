package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The bindings precondition-processor would generate for {@link UnfilteredNoteController}, without lookups: shows that
 * the start-up check counts a route with a binding as covered. That real generated bindings cover every annotated
 * route is shown by the sample application, whose every test starts with the check.
 */
@Singleton
@Requires(property = "spec.name", value = StartUpCheckTest.COVERED)
class UnfilteredNoteControllerCoverage implements HandlerBindings {

    @Override
    public Class<?> controller() {
        return UnfilteredNoteController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("get", HandlerPolicy.read("UnfilteredNoteController.get"), String.class),
                HandlerBinding.of("put", HandlerPolicy.write("UnfilteredNoteController.put", true, false),
                        String.class, String.class));
    }
}
