package io.precondition.benchplain;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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


}
