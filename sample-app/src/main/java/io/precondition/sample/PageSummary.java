package io.precondition.sample;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

import java.util.UUID;

/**
 * One entry of the page list. Its hidden id and version make its entity tag, from which the list's weak tag is
 * derived.
 *
 * @param slug the page's key
 * @param title the title
 * @param id the page's random id
 * @param version the page's version
 */
@Serdeable
@Introspected
public record PageSummary(String slug, String title,
                          @JsonIgnore @ETagSource UUID id,
                          @JsonIgnore @ETagSource long version) {
}
