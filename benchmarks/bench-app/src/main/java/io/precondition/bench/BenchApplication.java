package io.precondition.bench;

import io.micronaut.runtime.Micronaut;

/** The benchmark app: every variant of bench/run.sh as a route on one in-memory H2 database. */
public final class BenchApplication {
    private BenchApplication() {
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        Micronaut.run(BenchApplication.class, args);
    }
}
