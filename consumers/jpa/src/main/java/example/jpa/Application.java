package example.jpa;

import io.micronaut.runtime.Micronaut;

/** A notes service on micronaut-data-hibernate-jpa, with Precondition's conditional requests. */
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
