package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

import java.util.concurrent.CompletableFuture;

@Controller("/pages")
public class FutureReturn {

    @Get("/{slug}")
    @Versioned
    public CompletableFuture<Entities.Page> asyncGet(String slug) {
        return CompletableFuture.completedFuture(null);
    }
}
