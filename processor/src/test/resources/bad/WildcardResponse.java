package test;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class WildcardResponse {

    @Get("/{slug}")
    @Versioned
    public HttpResponse<?> wildcardGet(String slug) {
        return HttpResponse.ok();
    }
}
