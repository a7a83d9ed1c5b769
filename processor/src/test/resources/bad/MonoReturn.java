package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import reactor.core.publisher.Mono;

@Controller("/pages")
public class MonoReturn {

    @Get("/{slug}")
    @Versioned
    public Mono<Entities.Page> reactiveGet(String slug) {
        return Mono.empty();
    }
}
