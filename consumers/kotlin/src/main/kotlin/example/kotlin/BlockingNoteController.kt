package example.kotlin

import io.micronaut.http.HttpResponse
import io.micronaut.http.annotation.Body
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.Post
import io.micronaut.http.annotation.Put
import io.micronaut.http.uri.UriBuilder
import io.micronaut.scheduling.TaskExecutors
import io.micronaut.scheduling.annotation.ExecuteOn
import io.precondition.annotation.ConditionalWrite
import io.precondition.annotation.Versioned
import io.precondition.micronaut.CheckedState

/** Notes with blocking handlers and lookup on the blocking executor: GET with ETag / 304, PUT guarded by If-Match. */
@Controller("/blocking/notes")
@ExecuteOn(TaskExecutors.BLOCKING)
open class BlockingNoteController(private val notes: NoteRepository, private val service: NoteService) {

    /** The lookup: the current state of a note, before a conditional request's handler runs. */
    open fun current(id: Long): Note? = notes.findById(id).orElse(null)

    @Post
    open fun create(@Body input: NoteInput): HttpResponse<Note> {
        val created = service.create(input.text)
        return HttpResponse.created(created, UriBuilder.of("/blocking/notes").path(created.id.toString()).build())
    }

    @Get("/{id}")
    @Versioned(lookup = "current")
    open fun get(id: Long): Note? = notes.findById(id).orElse(null)

    @Put("/{id}")
    @ConditionalWrite(lookup = "current")
    open fun put(id: Long, @Body input: NoteInput, state: CheckedState<Note>): HttpResponse<Note> {
        if (!state.exists()) {
            return HttpResponse.notFound() // If-None-Match: * on an absent note: no create here
        }
        return HttpResponse.ok(service.replace(state.get(), input.text))
    }
}
