package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;

/**
 * Tickets through Micronaut Data JDBC's Reactor repository (blocking JDBC calls on an executor, results as
 * {@code Mono}/{@code Flux}). {@code update} of a ticket checks its {@code @Version} and signals
 * {@code OptimisticLockException} when another write came first.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "it.tickets", value = "true")
public interface TicketRepository extends ReactorCrudRepository<Ticket, String> {

    /** @return every ticket, by id */
    Flux<Ticket> listOrderById();
}
