package io.precondition.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import org.junit.jupiter.api.Test;

/** A declarative client that cannot carry its writes' preconditions is refused at start-up, naming method and fix. */
class ClientMethodCheckTest {

    /** Correct: the precondition comes from the caller. */
    @Client("http://127.0.0.1:1")
    @Requires(property = "check.client", value = "good")
    interface GoodClient {
        @Get("/notes/{id}")
        @Versioned
        Tagged<String> read(String id);

        @Put("/notes/{id}")
        @ConditionalWrite
        Tagged<String> write(String id, @Body Tagged<String> note);

        @Put("/notes/{id}")
        @ConditionalWrite
        String writeWithHeader(String id, @Body String note, @Nullable @Header("If-Match") String ifMatch);
    }

    /** An API interface that a controller may implement too: the If-Match parameter is declared here. */
    interface HeaderApi {
        @Put("/notes/{id}")
        @ConditionalWrite
        String write(String id, @Body String note, @Nullable @Header("If-Match") String ifMatch);
    }

    /** Correct: inherits the write with its If-Match parameter. */
    @Client("http://127.0.0.1:1")
    @Requires(property = "check.client", value = "good")
    interface InheritingClient extends HeaderApi {
    }

    /** An API whose write takes the tag as a plain parameter. */
    interface PlainApi {
        @Put("/notes/{id}")
        @ConditionalWrite
        String write(String id, @Body String note, @Nullable String ifMatch);
    }

    /** Correct: the override binds the inherited parameter to If-Match. */
    @Client("http://127.0.0.1:1")
    @Requires(property = "check.client", value = "good")
    interface OverridingClient extends PlainApi {
        @Override
        String write(String id, @Body String note, @Nullable @Header("If-Match") String ifMatch);
    }

    /** Wrong: inherits a write that nothing can carry a precondition for. */
    @Client("http://127.0.0.1:1")
    @Requires(property = "check.client", value = "inherited")
    interface BlindInheritingClient extends PlainApi {
    }

    /** Wrong: nothing can carry the precondition, so only a blind write could be sent. */
    @Client("http://127.0.0.1:1")
    @Requires(property = "check.client", value = "bad")
    interface BlindClient {
        @Put("/notes/{id}")
        @ConditionalWrite
        String write(String id, @Body String note);
    }

    @Test
    void clientThatCarriesPreconditionsStarts() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("check.client", "good"))) {
            assertTrue(context.containsBean(GoodClient.class));
            assertTrue(context.containsBean(InheritingClient.class));
            assertTrue(context.containsBean(OverridingClient.class));
        }
    }

    @Test
    void conditionalWriteWithoutPreconditionParameterIsRefusedAtStartUp() {
        BeanInstantiationException refused = assertThrows(BeanInstantiationException.class,
                () -> ApplicationContext.run(Map.of("check.client", "bad")).close());
        String message = refused.getMessage();
        assertTrue(message.contains("[Precondition/ClientWriteWithoutPrecondition] BlindClient.write"), message);
        assertTrue(message.contains("@Header(\"If-Match\")"), message);
    }

    @Test
    void inheritedConditionalWriteWithoutPreconditionParameterIsRefusedAtStartUp() {
        BeanInstantiationException refused = assertThrows(BeanInstantiationException.class,
                () -> ApplicationContext.run(Map.of("check.client", "inherited")).close());
        String message = refused.getMessage();
        assertTrue(message.contains("[Precondition/ClientWriteWithoutPrecondition]"), message);
        assertTrue(message.contains(".write is @ConditionalWrite"), message);
    }
}
