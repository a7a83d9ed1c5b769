package example.kotlin

import io.micronaut.http.HttpResponse
import io.micronaut.http.annotation.Body
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.Post
import io.micronaut.http.annotation.Put
import io.micronaut.http.uri.UriBuilder
import io.precondition.annotation.ConditionalWrite
import io.precondition.annotation.Versioned
import io.precondition.micronaut.CheckedState

/**
 * Notes with `suspend fun` handlers and a `suspend fun` lookup on a coroutine repository: nothing blocks the event
 * loop. The same semantics as `Mono` handlers: the lookup runs before the handler, a 200 carries the new ETag.
 */
@Controller("/suspend/notes")
open class SuspendNoteController(private val notes: CoroutineNoteRepository, private val service: NoteService) {

    /** The lookup: the current state of a note, before a conditional request's handler runs. */
    open suspend fun current(id: Long): Note? = notes.findById(id)

    @Post
    open suspend fun create(@Body input: NoteInput): HttpResponse<Note> {
        val created = notes.save(Note(text = input.text))
        return HttpResponse.created(created, UriBuilder.of("/suspend/notes").path(created.id.toString()).build())
    }

    @Get("/{id}")
    @Versioned(lookup = "current")
    open suspend fun get(id: Long): Note? = notes.findById(id)

    @Put("/{id}")
    @ConditionalWrite(lookup = "current")
    open suspend fun put(id: Long, @Body input: NoteInput, state: CheckedState<Note>): Note? {
        if (!state.exists()) {
            return null // If-None-Match: * on an absent note: 404, no create here
        }
        return service.replaceSuspending(state.get(), input.text)
    }
}
