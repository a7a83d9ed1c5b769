package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller("/pages")
public class MonoOfFlux {

    @Get
    @Versioned
    public Mono<Flux<Entities.Page>> nestedGet() {
        return Mono.empty();
    }
}
