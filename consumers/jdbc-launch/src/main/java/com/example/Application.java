package com.example;

import io.micronaut.runtime.Micronaut;

/** The application's entry point, as Micronaut Launch writes it. */
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
