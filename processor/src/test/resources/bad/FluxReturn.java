package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import reactor.core.publisher.Flux;

@Controller("/pages")
public class FluxReturn {

    @Get("/{slug}")
    @Versioned
    public Flux<Entities.Untagged> reactiveGet(String slug) {
        return Flux.empty();
    }
}
