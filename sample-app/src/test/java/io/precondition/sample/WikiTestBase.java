package io.precondition.sample;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.precondition.sample.support.Reply;
import io.precondition.sample.support.TestDatabase;
import io.precondition.sample.support.WikiClient;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every black-box HTTP test of the wiki. Each test class runs its own app instance (micronaut-test,
 * real Netty server on a random port) against its own fresh database: an in-memory H2 database by default,
 * a new PostgreSQL database with {@code -Dprecondition.test.database=postgres} (see {@link TestDatabase}).
 * Tests drive the server only over HTTP, through {@link WikiClient}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WikiTestBase implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    /** Client of this class's app instance. */
    protected WikiClient wiki;

    private TestDatabase database;
    private final List<EmbeddedServer> instances = Collections.synchronizedList(new ArrayList<>());
    private final List<TestDatabase> databases = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Map<String, String> getProperties() {
        if (database == null) {
            database = TestDatabase.createFresh();
        }
        return database.stringProperties();
    }

    @BeforeEach
    void connect() {
        if (wiki == null) {
            if (TestDatabase.isPostgres() && !context.getEnvironment().getActiveNames().contains("postgres")) {
                throw new IllegalStateException("PostgreSQL run without the Micronaut environment 'postgres'"
                        + " (active: " + context.getEnvironment().getActiveNames()
                        + "); set -Dmicronaut.environments=postgres as the surefire 'postgres' execution does");
            }
            wiki = new WikiClient(server.getPort());
        }
    }

    /**
     * Drops the databases of this class. It runs before micronaut-test stops the class's instance, so a
     * PostgreSQL database is dropped WITH (FORCE), which closes the instance's pooled connections.
     */
    @AfterAll
    void dropDatabases() {
        for (EmbeddedServer other : instances) {
            if (other.getApplicationContext().isRunning()) {
                other.getApplicationContext().close();
            }
        }
        databases.forEach(TestDatabase::close);
        if (database != null) {
            database.close();
        }
    }

    /** A slug no other test uses: {@code prefix-<8 hex digits>}. */
    protected static String slug(String prefix) {
        return prefix + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
    }

    /** Creates a page with a default title and body; returns the 201. */
    protected Reply create(String slug) {
        return wiki.create(slug, "Title of " + slug, "Body of " + slug);
    }

    /** The datasource properties of this class's database, so another instance can share it. */
    protected Map<String, Object> sharedDatabaseProperties() {
        return database.properties();
    }

    /** A new empty database of the kind this run uses, dropped after the class. */
    protected TestDatabase freshDatabase() {
        TestDatabase db = TestDatabase.createFresh();
        databases.add(db);
        return db;
    }

    /**
     * Starts another app instance (same environments as this run) on a random port with the given datasource
     * properties. It is stopped after the class (before its databases are dropped) unless stopped earlier.
     */
    protected EmbeddedServer startInstance(Map<String, Object> datasource) {
        Map<String, Object> props = new HashMap<>(datasource);
        props.put("micronaut.server.port", -1);
        EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, props, TestDatabase.environments());
        instances.add(other);
        return other;
    }
}
