package io.precondition.benchplain;

import io.micronaut.runtime.Micronaut;

/** bench-app's unannotated route, built without the library and without its processor (variant 7). */
public final class PlainApplication {
    private PlainApplication() {
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        Micronaut.run(PlainApplication.class, args);
    }
}
