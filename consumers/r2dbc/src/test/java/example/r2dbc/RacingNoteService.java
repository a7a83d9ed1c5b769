package example.r2dbc;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's {@link NoteService} with a point where a test can make another writer come first: after the
 * preconditions were checked and before the guarded {@code UPDATE}. The race runs once, off the event loop.
 */
@Singleton
@Replaces(NoteService.class)
class RacingNoteService extends NoteService {

    final AtomicReference<Runnable> beforeUpdate = new AtomicReference<>();

    RacingNoteService(NoteRepository notes) {
        super(notes);
    }

    @Override
    public Mono<Note> replace(Note checked, String text) {
        return Mono.defer(() -> {
            Runnable race = beforeUpdate.getAndSet(null);
            return race == null ? Mono.<Void>empty()
                    : Mono.<Void>fromRunnable(race).subscribeOn(Schedulers.boundedElastic());
        }).then(Mono.defer(() -> super.replace(checked, text)));
    }
}
