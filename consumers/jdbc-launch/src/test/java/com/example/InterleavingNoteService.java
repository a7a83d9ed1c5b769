package com.example;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's service, with another writer's update committed between the preconditions' check and the
 * handler's write, when armed: the write that passed the check is then stale.
 */
@Singleton
@Replaces(NoteService.class)
@Requires(property = "spec.name", value = "StaleAfterCheckTest")
class InterleavingNoteService extends NoteService {

    private final NoteRepository repository;
    volatile boolean armed;
    final AtomicInteger interleaved = new AtomicInteger();

    InterleavingNoteService(NoteRepository repository) {
        super(repository);
        this.repository = repository;
    }

    @Override
    Note replace(NoteVersion checked, NoteInput input) {
        if (armed) {
            armed = false;
            Note current = repository.findById(checked.id()).orElseThrow();
            repository.update(new Note(current.id(), "the other writer's", current.body(), current.version(), null));
            interleaved.incrementAndGet();
        }
        return super.replace(checked, input);
    }
}
