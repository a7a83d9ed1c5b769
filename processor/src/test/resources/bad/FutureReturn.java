package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

@Controller("/pages")
public class FutureReturn {

    @Get("/{slug}")
    @Versioned
    public Future<Entities.Page> asyncGet(String slug) {
        return CompletableFuture.completedFuture(null);
    }
}
