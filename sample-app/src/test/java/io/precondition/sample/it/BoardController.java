package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Handlers that answer an absent resource their own way (301, 410, a 200 of their own), and a POST to a collection
 * that creates a member, for {@link HandlerAnswersTest}. In memory, on the event loop.
 */
@Controller("/it/boards")
@Requires(property = "it.boards", value = "true")
public class BoardController {

    private final Map<String, BoardState> boards = new ConcurrentHashMap<>();

    public @Nullable BoardState boardState(String board) {
        return boards.get(board);
    }

    public @Nullable ItemState itemState(String id) {
        return null;
    }

    /** No item exists here; the handler answers for the absent ones as the application wants. */
    @Get("/items/{id}")
    @Versioned(lookup = "itemState")
    public HttpResponse<Item> item(String id) {
        if (id.startsWith("moved")) {
            return HttpResponse.<Item>status(io.micronaut.http.HttpStatus.MOVED_PERMANENTLY)
                    .header("Location", "/it/boards/items/elsewhere");
        }
        if (id.startsWith("gone")) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.GONE);
        }
        if (id.startsWith("default")) {
            return HttpResponse.ok(new Item(id, 0, "placeholder", LocalDateTime.of(2020, 1, 1, 0, 0)));
        }
        return HttpResponse.notFound();
    }

    /**
     * Creates a note on the board (and the board when it is new); 201 with the note's Location. Each POST adds a new
     * note, so there is no state of the board to guard: the write is its own (guardsWriteItself).
     */
    @Post("/{board}/notes")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "boardState", requireGuard = false, guardsWriteItself = true)
    public HttpResponse<BoardState> post(String board, @Body String text) {
        BoardState next = boards.merge(board, new BoardState(board, 0),
                (old, ignored) -> new BoardState(board, old.version() + 1));
        String note = board + "-" + next.version();
        return HttpResponse.created(new BoardState(note, 0),
                UriBuilder.of("/it/boards").path(board).path("notes").path(note).build());
    }

    /** The same, answered 200 without a Location: the body's validators then name no resource. */
    @Post("/{board}/drafts")
    @Consumes(MediaType.TEXT_PLAIN)
    @ConditionalWrite(lookup = "boardState", requireGuard = false, guardsWriteItself = true)
    public BoardState draft(String board, @Body String text) {
        return new BoardState(board + "-draft", 0);
    }
}
