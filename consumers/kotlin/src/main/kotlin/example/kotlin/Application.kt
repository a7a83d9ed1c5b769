package example.kotlin

import io.micronaut.runtime.Micronaut.run

/** Starts the app. */
fun main(args: Array<String>) {
    run(*args)
}
