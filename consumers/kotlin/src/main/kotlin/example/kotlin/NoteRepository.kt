package example.kotlin

import io.micronaut.data.jdbc.annotation.JdbcRepository
import io.micronaut.data.model.query.builder.sql.Dialect
import io.micronaut.data.repository.CrudRepository
import io.micronaut.data.repository.kotlin.CoroutineCrudRepository

/** Blocking access, for the blocking controller. */
@JdbcRepository(dialect = Dialect.H2)
interface NoteRepository : CrudRepository<Note, Long>

/** Suspending access, for the suspend controller: Micronaut Data JDBC runs it off the caller's thread. */
@JdbcRepository(dialect = Dialect.H2)
interface CoroutineNoteRepository : CoroutineCrudRepository<Note, Long>
