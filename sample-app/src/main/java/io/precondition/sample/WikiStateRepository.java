package io.precondition.sample;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The single row that records when any page was last written (the page list's Last-Modified). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WikiStateRepository extends GenericRepository<WikiState, Integer> {

    /**
     * Moves the time of the latest write forward to {@code at}, never back.
     *
     * @param at the write's time
     */
    @Query("UPDATE wiki_state SET modified_at = GREATEST(COALESCE(modified_at, :at), :at) WHERE id = 1")
    void touch(Instant at);

    /**
     * @param id always 1
     * @return the row
     */
    Optional<WikiState> findById(Integer id);
}
