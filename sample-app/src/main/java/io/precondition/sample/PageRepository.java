package io.precondition.sample;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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

    /** @return every page's slug, title and tag parts, unsorted */
    List<PageSummary> list();
}
