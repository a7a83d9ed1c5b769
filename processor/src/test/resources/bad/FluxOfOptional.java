package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import reactor.core.publisher.Flux;

import java.util.Optional;

@Controller("/pages")
public class FluxOfOptional {

    @Get
    @Versioned
    public Flux<Optional<Entities.Page>> optionalsGet() {
        return Flux.empty();
    }
}
