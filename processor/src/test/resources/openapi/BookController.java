package test.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.micronaut.CheckedState;

import java.util.Optional;

/** Implements {@link BookApi}: the routes and preconditions come from the interface, or from an override's own. */
@Controller
public class BookController implements BookApi {

    public Optional<Book> bookVersion(Long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Book> get(Long id) {
        return Optional.empty();
    }

    @Override
    public Book put(Long id, String text, CheckedState<Book> state) {
        return null;
    }

    @Override
    @ConditionalWrite(lookup = "bookVersion", requireGuard = false)
    public HttpResponse<Void> delete(Long id, CheckedState<Book> state) {
        return HttpResponse.noContent();
    }
}
