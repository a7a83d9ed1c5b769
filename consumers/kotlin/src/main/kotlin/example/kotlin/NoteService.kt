package example.kotlin

import jakarta.inject.Singleton

/**
 * Writes notes. A replacement updates the note in the state its preconditions were checked against: Micronaut Data
 * runs `UPDATE ... WHERE id = ? AND version = ?` and throws `OptimisticLockException` when another writer came
 * first, which Precondition answers with 412.
 */
@Singleton
open class NoteService(private val notes: NoteRepository, private val suspending: CoroutineNoteRepository) {

    open fun create(text: String): Note = notes.save(Note(text = text))

    open fun replace(checked: Note, text: String): Note = notes.update(checked.copy(text = text))

    open suspend fun replaceSuspending(checked: Note, text: String): Note = suspending.update(checked.copy(text = text))
}
