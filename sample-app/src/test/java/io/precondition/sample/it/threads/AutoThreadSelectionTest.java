package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * {@code micronaut.server.thread-selection=AUTO} runs a blocking handler without {@code @ExecuteOn} on the blocking
 * executor: so does its lookup.
 */
@MicronautTest
@Property(name = "it.threads", value = "true")
@Property(name = "it.base", value = "/it/resolved")
@Property(name = "micronaut.server.thread-selection", value = "AUTO")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:auto-threads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class AutoThreadSelectionTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DocStore store;

    @Test
    void blockingLookupRunsOnTheBlockingExecutor() {
        LookupThreads.assertLookupsOffTheEventLoop(new DocClient(server.getPort()), store, "/it/threads/auto",
                AutoSelectedController.NAME);
    }
}
