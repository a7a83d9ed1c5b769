package io.precondition.sample;

import io.micronaut.runtime.Micronaut;

/** Starts the sample wiki. */
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
