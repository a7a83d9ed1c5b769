package com.example;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Notes in H2, through Micronaut Data JDBC. */
@JdbcRepository(dialect = Dialect.H2)
public interface NoteRepository extends CrudRepository<Note, Long> {

    /**
     * @param id the key
     * @return the note's validators only (a DTO projection: no title or body)
     */
    Optional<NoteVersion> queryById(Long id);
}
