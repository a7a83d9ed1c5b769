package io.precondition.sample.clients;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the real-client tests (nginx, Chromium, compression): its own app instance on a fresh database, with
 * {@link RequestRecorder} on. They exercise HTTP behaviour that does not depend on the database, so they run only in
 * the H2 execution of surefire: each subclass carries {@code @DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")} (JUnit does not inherit it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientTestBase implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Inject
    RequestRecorder recorder;

    WikiClient wiki;

    private TestDatabase database;

    @Override
    public Map<String, String> getProperties() {
        if (database == null) {
            database = TestDatabase.createFresh();
        }
        Map<String, String> props = new HashMap<>(database.stringProperties());
        props.put("clients.record", "true");
        props.putAll(extraProperties());
        return props;
    }

    /** More application properties for the subclass's app instance. */
    Map<String, String> extraProperties() {
        return Map.of();
    }

    @BeforeEach
    void connect() {
        if (wiki == null) {
            wiki = new WikiClient(server.getPort());
        }
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    static String slug(String prefix) {
        return prefix + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
    }

    /** A page body large enough (8 KB of text) that Micronaut compresses it for a gzip client. */
    static String largeBody(String seed) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 8192) {
            sb.append(seed).append(" line ").append(sb.length()).append('\n');
        }
        return sb.toString();
    }
}
