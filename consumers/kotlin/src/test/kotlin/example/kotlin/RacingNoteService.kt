package example.kotlin

import io.micronaut.context.annotation.Replaces
import jakarta.inject.Singleton
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.util.concurrent.atomic.AtomicReference

/**
 * The app's [NoteService] with a point where a test makes another writer come first: after the preconditions were
 * checked and before the write's `UPDATE ... WHERE version = ?`. Each race runs once. The suspending write waits
 * for it on the IO dispatcher, suspended, so that it blocks no event loop.
 */
@Singleton
@Replaces(NoteService::class)
open class RacingNoteService(notes: NoteRepository, suspending: CoroutineNoteRepository) :
    NoteService(notes, suspending) {

    val beforeWrite = AtomicReference<Runnable?>()

    override fun replace(checked: Note, text: String): Note {
        beforeWrite.getAndSet(null)?.run()
        return super.replace(checked, text)
    }

    override suspend fun replaceSuspending(checked: Note, text: String): Note {
        val race = beforeWrite.getAndSet(null)
        if (race != null) {
            withContext(Dispatchers.IO) { race.run() }
        }
        return super.replaceSuspending(checked, text)
    }
}
