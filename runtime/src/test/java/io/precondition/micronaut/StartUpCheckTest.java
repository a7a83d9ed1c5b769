package io.precondition.micronaut;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.precondition.micronaut.engine.PreconditionFilter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application whose routes carry {@code @Versioned} / {@code @ConditionalWrite} without generated bindings (the
 * processor did not run) fails at start-up with the rule's id and the fix; with bindings covering them, or with the
 * library switched off, it starts. Real embedded servers on 127.0.0.1.
 */
class StartUpCheckTest {

    static final String UNFILTERED = "unfiltered|covered|disabled";
    static final String COVERED = "covered";
    static final String ANY = ".+";

    private static EmbeddedServer start(String spec, Map<String, Object> more) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("spec.name", spec,
                "micronaut.server.host", "127.0.0.1", "micronaut.server.port", -1));
        properties.putAll(more);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void annotatedRoutesWithoutGeneratedFilterFailTheStartUpNamingTheFix() {
        Throwable failure = assertThrows(RuntimeException.class, () -> start("unfiltered", Map.of()).close());
        String message = messageChain(failure);
        assertTrue(message.contains("[Precondition/NoGeneratedFilter]"), message);
        assertTrue(message.contains(UnfilteredNoteController.class.getName() + "#get, "
                + UnfilteredNoteController.class.getName() + "#put carry @Versioned or @ConditionalWrite"), message);
        assertTrue(message.contains("io.precondition:precondition-processor"), message);
        assertTrue(message.contains("<annotationProcessorPaths>"), message);
        // A POST of a class-level @Versioned controller is neither a read nor a conditional write.
        assertFalse(message.contains("#comment"), message);
        assertFalse(message.contains("PlainController"), message);
    }

    @Test
    void routesCoveredByTheGeneratedFiltersMarkerStart() throws Exception {
        try (EmbeddedServer server = start(COVERED, Map.of())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/unfiltered/7")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("note 7", response.body());
            assertTrue(server.getApplicationContext().containsBean(PreconditionFilter.class));
        }
    }

    @Test
    void controllersWithoutTheAnnotationsNeedNoFilter() {
        try (EmbeddedServer server = start("plain-only", Map.of())) {
            assertTrue(server.isRunning());
            // No bindings, no server filter: the library on the class path costs an unannotated app's requests nothing.
            assertFalse(server.getApplicationContext().containsBean(PreconditionFilter.class));
        }
    }

    @Test
    void switchedOffTheLibraryChecksNothing() {
        try (EmbeddedServer server = start("disabled", Map.of("precondition.enabled", false))) {
            assertTrue(server.isRunning());
            assertFalse(server.getApplicationContext().containsBean(io.precondition.micronaut.engine.BindingTable.class));
        }
    }

    @Test
    void theFailureIsAConfigurationException() {
        Throwable failure = assertThrows(RuntimeException.class, () -> start("unfiltered", Map.of()).close());
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ConfigurationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null, messageChain(failure));
    }

    private static String messageChain(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }
}
