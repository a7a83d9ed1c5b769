package io.precondition.bench;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Pages, as in sample-app (H2 in PostgreSQL mode). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PageRepository extends CrudRepository<Page, UUID> {

    /**
     * @param slug the page's key
     * @return the whole page
     */
    Optional<Page> findBySlug(String slug);

    /**
     * @param slug the page's key
     * @return the validators only: {@code SELECT id, version, updated_at}
     */
    Optional<PageVersion> findOneBySlug(String slug);

    /**
     * The blind write: one UPDATE by key, no version check.
     *
     * @param slug the page's key
     * @param title the new title
     * @param body the new text
     * @param now the new updated_at
     * @return the number of rows changed
     */
    @Query("UPDATE page SET title = :title, body = :body, version = version + 1, updated_at = :now WHERE slug = :slug")
    long updateBySlug(String slug, String title, String body, Instant now);

    /**
     * The guarded write of {@code put-if-match}, as in the sample: keyed by the slug and both parts of the tag.
     *
     * @param slug the page's key
     * @param id the checked id
     * @param version the checked version
     * @param title the new title
     * @param body the new text
     * @param now the new updated_at
     * @return the number of rows changed
     */
    @Query("UPDATE page SET title = :title, body = :body, version = version + 1, updated_at = :now"
            + " WHERE slug = :slug AND id = :id AND version = :version")
    long replaceChecked(String slug, UUID id, long version, String title, String body, Instant now);
}
