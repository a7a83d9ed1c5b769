package io.precondition.sample;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.Instant;
import java.util.List;

/**
 * The page list, sent as a plain JSON array. Its weak entity tag is derived from the pages' tags in slug order, so it
 * changes on every create, write and delete; its Last-Modified is the time of the latest write to any page, which a
 * delete moves forward too (a maximum over the remaining pages would not).
 *
 * @param pages the pages, sorted by slug in code-point order
 * @param modifiedAt the latest write to any page, or {@code null} when none was ever written
 */
@Serdeable
public record PageIndex(@ETagSource List<PageSummary> pages,
                        @JsonIgnore @LastModified @Nullable Instant modifiedAt) {

    /** @return the pages: the whole JSON form of the list */
    @Override
    @JsonValue
    public List<PageSummary> pages() {
        return pages;
    }
}
