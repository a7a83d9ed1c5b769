package example.r2dbc;

import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;

/** Notes in PostgreSQL, reactively. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
public interface NoteRepository extends ReactorCrudRepository<Note, Long> {
}
