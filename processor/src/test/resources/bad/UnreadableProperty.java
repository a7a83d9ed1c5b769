package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import other.Sealed;

@Controller("/sealed")
public class UnreadableProperty {

    @Get("/{id}")
    @Versioned
    public Sealed get(long id) {
        return null;
    }
}
