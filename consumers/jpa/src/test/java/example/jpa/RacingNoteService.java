package example.jpa;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's {@link NoteService} with two points where a test can make another writer come first: after the
 * preconditions were checked and before the write merges the checked state, or after the merge and before the
 * transaction commits (the flush's {@code UPDATE ... WHERE version = ?}). Each race runs once.
 */
@Singleton
@Replaces(NoteService.class)
class RacingNoteService extends NoteService {

    final AtomicReference<Runnable> beforeMerge = new AtomicReference<>();
    final AtomicReference<Runnable> beforeCommit = new AtomicReference<>();

    RacingNoteService(NoteRepository notes) {
        super(notes);
    }

    @Override
    @Transactional
    public Note replace(Note checked, String text) {
        runOnce(beforeMerge);
        Note merged = super.replace(checked, text);
        runOnce(beforeCommit);
        return merged;
    }

    private static void runOnce(AtomicReference<Runnable> race) {
        Runnable runnable = race.getAndSet(null);
        if (runnable != null) {
            runnable.run();
        }
    }
}
