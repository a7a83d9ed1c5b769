package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Non-blocking handlers over reactive and async Micronaut Data JDBC repositories: the write is conditional on the
 * version the lookup checked ({@code UPDATE ... WHERE id = ? AND version = ?}), so that of concurrent writers
 * holding one ETag exactly one wins.
 */
@Controller("/it/tickets")
@Requires(property = "it.tickets", value = "true")
public class TicketController {

    /**
     * When set, each update waits (without blocking its thread) until this many writers have passed their lookup,
     * so that concurrent writers all read the same version before any of them writes, however slow the machine.
     */
    volatile WriterRendezvous rendezvous;
    /** Updates the database refused because another writer came first. */
    final AtomicInteger refusedByDatabase = new AtomicInteger();

    private final TicketRepository tickets;
    private final TicketFutureRepository ticketsLater;

    TicketController(TicketRepository tickets, TicketFutureRepository ticketsLater) {
        this.tickets = tickets;
        this.ticketsLater = ticketsLater;
    }

    public Mono<TicketVersion> ticketVersion(String id) {
        return tickets.findById(id).map(TicketVersion::of);
    }

    public CompletableFuture<Optional<TicketVersion>> ticketVersionLater(String id) {
        return ticketsLater.queryById(id).thenApply(ticket -> ticket.map(TicketVersion::of));
    }

    @Get
    @Versioned
    public Flux<Ticket> all() {
        return tickets.listOrderById();
    }

    @Get("/{id}")
    @Versioned(lookup = "ticketVersion")
    public Mono<Ticket> get(String id) {
        return tickets.findById(id);
    }

    @Put("/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "ticketVersion")
    public Mono<HttpResponse<Ticket>> put(String id, @Body String title, CheckedState<TicketVersion> state) {
        if (!state.exists()) {
            // If-None-Match: * on an absent ticket: the primary key refuses a concurrent create.
            return tickets.save(new Ticket(id, null, title, null)).<HttpResponse<Ticket>>map(HttpResponse::created);
        }
        Ticket replacement = new Ticket(id, state.get().version(), title, null);
        return Mono.fromFuture(arrive())
                .then(Mono.defer(() -> tickets.update(replacement)))
                .doOnError(OptimisticLockException.class, e -> refusedByDatabase.incrementAndGet())
                .<HttpResponse<Ticket>>map(HttpResponse::ok);
    }

    private CompletableFuture<Void> arrive() {
        WriterRendezvous current = rendezvous;
        return current == null ? CompletableFuture.completedFuture(null) : current.arrive();
    }

    @Put("/{id}/later")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "ticketVersionLater")
    public CompletableFuture<Ticket> putLater(String id, @Body String title, CheckedState<TicketVersion> state) {
        if (!state.exists()) {
            return ticketsLater.save(new Ticket(id, null, title, null));
        }
        Ticket replacement = new Ticket(id, state.get().version(), title, null);
        return arrive()
                .thenCompose(ignored -> ticketsLater.update(replacement))
                .whenComplete((ticket, failure) -> {
                    if (failure instanceof OptimisticLockException
                            || (failure != null && failure.getCause() instanceof OptimisticLockException)) {
                        refusedByDatabase.incrementAndGet();
                    }
                });
    }
}
