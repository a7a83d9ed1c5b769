package example.r2dbc;

import io.micronaut.runtime.Micronaut;

/** A notes service on micronaut-data-r2dbc on PostgreSQL, with Precondition's conditional requests. */
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
