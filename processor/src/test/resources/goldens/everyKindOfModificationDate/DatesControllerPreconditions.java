package test.dates;

import io.micronaut.context.annotation.Requires;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;
import io.precondition.micronaut.binding.HandlerPolicy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The conditional request handling (RFC 9110 §13) of {@link DatesController}'s annotated handlers, as data
 * for Precondition's engine: one binding per handler.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
@Requires(
        beans = DatesController.class
)
public final class DatesControllerPreconditions implements HandlerBindings {
    private final DatesController controller;

    DatesControllerPreconditions(DatesController controller) {
        this.controller = controller;
    }

    @Override
    public Class<?> controller() {
        return DatesController.class;
    }

    @Override
    public List<HandlerBinding> bindings() {
        return List.of(
                HandlerBinding.of("millis", HandlerPolicy.read("DatesController.millis"))
                    .withBody(DatesController.Millis.class, DatesControllerPreconditions::validatorsOfDatesControllerMillis),
                HandlerBinding.of("paris", HandlerPolicy.read("DatesController.paris"))
                    .withBody(DatesController.Paris.class, DatesControllerPreconditions::validatorsOfDatesControllerParis),
                HandlerBinding.of("utc", HandlerPolicy.read("DatesController.utc"))
                    .withBody(DatesController.Utc.class, DatesControllerPreconditions::validatorsOfDatesControllerUtc),
                HandlerBinding.of("local", HandlerPolicy.read("DatesController.local"))
                    .withBody(DatesController.Local.class, DatesControllerPreconditions::validatorsOfDatesControllerLocal),
                HandlerBinding.of("zoned", HandlerPolicy.read("DatesController.zoned"))
                    .withBody(DatesController.Zoned.class, DatesControllerPreconditions::validatorsOfDatesControllerZoned),
                HandlerBinding.of("legacy", HandlerPolicy.read("DatesController.legacy"))
                    .withBody(DatesController.Legacy.class, DatesControllerPreconditions::validatorsOfDatesControllerLegacy));
    }

    private static Validators validatorsOfDatesControllerMillis(DatesController.Millis value) {
        Long lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : Instant.ofEpochMilli(lastModified));
    }

    private static Validators validatorsOfDatesControllerParis(DatesController.Paris value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.atZone(ZoneId.of("Europe/Paris")).toInstant());
    }

    private static Validators validatorsOfDatesControllerUtc(DatesController.Utc value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant(ZoneOffset.UTC));
    }

    private static Validators validatorsOfDatesControllerLocal(DatesController.Local value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Validators validatorsOfDatesControllerZoned(DatesController.Zoned value) {
        ZonedDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant());
    }

    private static Validators validatorsOfDatesControllerLegacy(DatesController.Legacy value) {
        Date lastModified = value.modifiedAt;
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant());
    }
}
