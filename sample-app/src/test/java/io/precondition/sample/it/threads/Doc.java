package io.precondition.sample.it.threads;

import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

/** A document of the thread and handler-identity tests: its version is its entity tag. */
@Serdeable
public record Doc(String id, @ETagSource long version, String text) {
}
