package test;

import io.micronaut.data.annotation.Version;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

@Controller("/pages")
public class DoubleVersion {

    public static class Measured {
        @Version
        private Double weight;

        public Double getWeight() {
            return weight;
        }
    }

    @Get("/{slug}")
    @Versioned
    public Measured get(String slug) {
        return null;
    }
}
