package io.precondition.sample;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pages in the database. One dialect for both databases: H2 runs in PostgreSQL mode. {@code update} and
 * {@code delete} of a {@link Page} check its {@code @Version} in the WHERE clause and throw
 * {@code OptimisticLockException} when another write came first.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PageRepository extends CrudRepository<Page, UUID> {

    /**
     * @param slug the page's key
     * @return the page
     */
    Optional<Page> findBySlug(String slug);

    /**
     * @param slug the page's key
     * @return the page's validators only (no title or body)
     */
    Optional<PageVersion> findOneBySlug(String slug);

    /**
     * The replace of a PUT, keyed by the URL's slug and by both parts of the checked tag: a tag of another page, or
     * of an earlier state of this one, changes nothing.
     *
     * @param slug the page's key
     * @param id the checked id
     * @param version the checked version
     * @param title the new title
     * @param body the new text
     * @param updatedAt the time of this write
     * @return the number of rows changed: 1, or 0 when the page at {@code slug} is not in the checked state
     */
    @Query("UPDATE page SET title = :title, body = :body, version = version + 1, updated_at = :updatedAt"
            + " WHERE slug = :slug AND id = :id AND version = :version")
    long replaceChecked(String slug, UUID id, long version, String title, String body, Instant updatedAt);

    /** @return every page's slug, title and tag parts, unsorted */
    List<PageSummary> list();
}
