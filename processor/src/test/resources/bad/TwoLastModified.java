package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.Instant;

@Controller("/pages")
public class TwoLastModified {

    public static class Dated {
        @LastModified
        public Instant createdAt;
        @LastModified
        public Instant editedAt;
    }

    @Get("/{slug}")
    @Versioned
    public Dated get(String slug) {
        return null;
    }
}
