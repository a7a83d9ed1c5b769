package io.precondition.sample.it.threads;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a blocking lookup runs: where Micronaut runs the handler, for every way an application selects the handler's
 * executor, never on the event loop when the handler is not. Also: an unannotated method of a handler's name is not
 * that handler, and a property placeholder in a controller's path is resolved in the generated filter's pattern.
 */
@MicronautTest
@Property(name = "it.threads", value = "true")
@Property(name = "it.base", value = "/it/resolved")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "datasources.default.driver-class-name", value = "org.h2.Driver")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:lookup-threads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
class LookupThreadTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DocStore store;

    private DocClient client() {
        return new DocClient(server.getPort());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "/it/threads/method,    MethodExecuteOnController",
            "/it/threads/meta,      MetaExecuteOnController",
    })
    void blockingLookupRunsOnTheHandlersExecutor(String base, String controller) {
        LookupThreads.assertLookupsOffTheEventLoop(client(), store, base, controller);
    }

    /**
     * Micronaut 4.10 does not apply an {@code @ExecuteOn} of a superclass or of an implemented interface's method to
     * a handler: it runs on the event loop, and so does its lookup (the fix for both is {@code @ExecuteOn} on the
     * controller or the handler method).
     */
    @Test
    void lookupFollowsItsHandlerWhereMicronautIgnoresAnInheritedExecuteOn() {
        LookupThreads.lookupsWhereHandlersRun(client(), store, "/it/threads/interface",
                InterfaceExecuteOnController.NAME);
    }

    @Test
    void unannotatedMethodOfTheSameNameIsNotTheHandler() {
        String id = DocClient.newId();
        assertEquals(200, client().put("/it/threads/method/" + id, "one").statusCode());
        HttpResponse<String> current = client().get("/it/revisions/" + id);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        int lookups = store.lookups(RevisionController.NAME);

        // The document's tag describes /it/revisions/{id}, not a revision of it: If-None-Match with it on the
        // revision's URI does not match anything there (RFC 9110 §13.1.2), so its handler answers 200.
        HttpResponse<String> revision = client().get("/it/revisions/" + id + "/revisions/3", "If-None-Match", etag);
        assertEquals(200, revision.statusCode());
        assertEquals("revision 3 of " + id, revision.body());
        assertTrue(revision.headers().firstValue("ETag").isEmpty(), "the revision got the document's validators");
        assertEquals(lookups, store.lookups(RevisionController.NAME), "the document's lookup ran for a revision");

        // The versioned handler itself still answers 304.
        assertEquals(304, client().get("/it/revisions/" + id, "If-None-Match", etag).statusCode());
    }

    @Test
    void placeholderInTheControllerPathIsResolvedInTheFiltersPattern() {
        String id = DocClient.newId();
        assertEquals(200, client().put("/it/threads/method/" + id, "one").statusCode());
        HttpResponse<String> current = client().get("/it/resolved/placed/" + id);
        assertEquals(200, current.statusCode(), current.body());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        int lookups = store.lookups(PlaceholderController.NAME);

        // RFC 9110 §13.1.2: the generated filter ran on the resolved path and its lookup decided the 304.
        assertEquals(304, client().get("/it/resolved/placed/" + id, "If-None-Match", etag).statusCode());
        assertEquals(lookups + 1, store.lookups(PlaceholderController.NAME));
    }
}
