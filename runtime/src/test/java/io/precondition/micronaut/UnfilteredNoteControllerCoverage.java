package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Carries the marker that precondition-processor puts on a generated filter for {@link UnfilteredNoteController}
 * (without being a filter): shows that the start-up check reads the marker from the bean definitions. That real
 * generated filters carry it is shown by the sample application, whose every test starts with the check.
 */
@Singleton
@GeneratedFilter(controller = UnfilteredNoteController.class, handlers = {"get", "put"})
@Requires(property = "spec.name", value = GeneratedFilterCheckTest.COVERED)
class UnfilteredNoteControllerCoverage {
}
