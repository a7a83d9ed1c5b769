package io.precondition.sample;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the sample wiki. Its OpenAPI document is served at {@code /swagger/wiki.json}. */
@OpenAPIDefinition(info = @Info(title = "wiki", version = "1.0",
        description = "A wiki whose pages answer conditional requests (RFC 9110 §13) through Precondition."))
public final class Application {
    private Application() {
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments, passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
