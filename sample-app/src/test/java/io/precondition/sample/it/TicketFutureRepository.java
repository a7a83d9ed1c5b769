package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.async.AsyncCrudRepository;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Tickets through Micronaut Data JDBC's async repository: {@code CompletableFuture} results, the same
 * version check on {@code update}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "it.tickets", value = "true")
public interface TicketFutureRepository extends AsyncCrudRepository<Ticket, String> {

    /**
     * @param id the key
     * @return the ticket, if any (the inherited {@code findById} fails with {@code EmptyResultException} instead)
     */
    CompletableFuture<Optional<Ticket>> queryById(String id);
}
