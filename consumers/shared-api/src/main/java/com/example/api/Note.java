package com.example.api;

import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

/** A note; its id and version make its entity tag. */
@Serdeable
public record Note(@ETagSource long id, @ETagSource long version, String text) {
}
