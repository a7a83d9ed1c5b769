package io.precondition.sample;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;

import java.time.Instant;
import java.util.UUID;

/**
 * A wiki page. Its entity tag is its random id plus its version, so a page that is deleted and created again never
 * gets a tag an earlier page at its slug had; its Last-Modified is Micronaut Data's {@code @DateUpdated}. Its JSON always
 * carries {@code slug}, {@code title} and {@code body}, the empty body included (serde leaves empty strings out by
 * default).
 *
 * @param id random per created page
 * @param version bumped by every write; the database checks it ({@code UPDATE ... WHERE version = ?})
 * @param slug the page's key in URLs
 * @param title the title
 * @param body the text
 * @param updatedAt the time of the last write
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@MappedEntity("page")
public record Page(
        @Id @AutoPopulated @ETagSource @JsonIgnore @Nullable UUID id,
        @Version @ETagSource @JsonIgnore @Nullable Long version,
        String slug,
        String title,
        String body,
        @DateUpdated @JsonIgnore @Nullable Instant updatedAt) {

    /**
     * @param slug the page's key
     * @param title the title
     * @param body the text
     * @return a page that is not stored yet
     */
    static Page create(String slug, String title, String body) {
        return new Page(null, null, slug, title, body, null);
    }
}
