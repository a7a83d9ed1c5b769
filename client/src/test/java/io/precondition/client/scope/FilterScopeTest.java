package io.precondition.client.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.GenericHttpFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.precondition.client.PreconditionFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ConditionalClientFilter acts on the declarative clients that use Precondition and on nothing else: not on the
 * server's own routes, not on the low-level {@code HttpClient} API, not on a declarative client without Precondition
 * annotations. Each of those, calling a route whose 200 carries an ETag and {@code max-age} twice, reaches the server
 * twice with no If-None-Match added, and gets a 412 as Micronaut's plain {@link HttpClientResponseException}.
 */
class FilterScopeTest {

    @BeforeEach
    void reset() {
        PlainController.GETS.clear();
    }

    @Test
    void filterLeavesServerRoutesLowLevelCallsAndUnannotatedClientsAlone() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("filter-scope", "true"));
             HttpClient lowLevel = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            ApplicationContext context = server.getApplicationContext();

            // The server's filters for the route: its own server filter, never the client filter.
            List<String> serverFilters = context.getBean(Router.class)
                    .findFilters(HttpRequest.GET("/plain/cached")).stream().map(GenericHttpFilter::toString).toList();
            assertTrue(serverFilters.stream().anyMatch(f -> f.contains(ServerSideFilter.class.getName())),
                    serverFilters.toString());
            assertFalse(serverFilters.stream().anyMatch(f -> f.contains("ConditionalClientFilter")),
                    serverFilters.toString());

            // The low-level client: both GETs reach the server unconditionally; a 304 it asked for stays a 304.
            BlockingHttpClient blocking = lowLevel.toBlocking();
            assertEquals("plain", blocking.retrieve("/plain/cached"));
            assertEquals("plain", blocking.retrieve("/plain/cached"));
            assertEquals(List.of("-", "-"), PlainController.GETS);
            HttpResponse<String> notModified = blocking.exchange(
                    HttpRequest.GET("/plain/cached").header("If-None-Match", "\"p1\""), String.class);
            assertEquals(304, notModified.code(), "the caller's own 304 is not turned into a stored 200");
            HttpClientResponseException lowLevel412 = assertThrows(HttpClientResponseException.class,
                    () -> blocking.exchange(HttpRequest.PUT("/plain/refused", "x").contentType(MediaType.TEXT_PLAIN),
                            String.class));
            assertFalse(lowLevel412 instanceof PreconditionFailedException, "a low-level 412 is not typed");

            // A declarative client without Precondition annotations: the same.
            PlainController.GETS.clear();
            PlainPages plain = context.getBean(PlainPages.class);
            assertEquals("plain", plain.cached().body());
            assertEquals("plain", plain.cached().body());
            assertEquals(List.of("-", "-"), PlainController.GETS);
            HttpClientResponseException plain412 = assertThrows(HttpClientResponseException.class,
                    () -> plain.refused("x"));
            assertFalse(plain412 instanceof PreconditionFailedException, "an unannotated client's 412 is not typed");

            // The control: a @Versioned client in the same application is answered from its store while fresh.
            PlainController.GETS.clear();
            VersionedPages versioned = context.getBean(VersionedPages.class);
            assertEquals("plain", versioned.cached().body());
            assertEquals("plain", versioned.cached().body());
            assertEquals(List.of("-"), PlainController.GETS, "the second read was a fresh hit");
        }
    }
}
