package io.precondition.client.only;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.filter.HttpClientFilter;
import io.micronaut.inject.BeanDefinition;
import io.precondition.client.ConflictRetry;
import org.junit.jupiter.api.Test;

/**
 * An application with precondition-client and without precondition-runtime (this module's test class path has no
 * runtime: the client depends on precondition-http only) starts: the client's beans are there, its start-up check
 * ran over the declarative client, and no bean of the server runtime exists.
 */
class ClientOnlyContextTest {

    @Test
    void clientOnlyApplicationStarts() {
        assertNull(getClass().getClassLoader().getResource("io/precondition/micronaut"),
                "precondition-runtime is not on the class path");
        assertNotNull(getClass().getClassLoader().getResource("io/precondition/http/EntityTag.class"),
                "precondition-http is");
        try (ApplicationContext context = ApplicationContext.run(Map.of("client-only", "true"))) {
            assertNotNull(context.getBean(ConflictRetry.class));
            assertNotNull(context.getBean(RemotePages.class));
            List<String> filters = context.getBeanDefinitions(HttpClientFilter.class).stream()
                    .map(BeanDefinition::getBeanType).map(Class::getName)
                    .filter(name -> name.startsWith("io.precondition."))
                    .toList();
            assertEquals(List.of("io.precondition.client.ConditionalClientFilter"), filters);
            List<String> serverSide = context.getAllBeanDefinitions().stream()
                    .map(BeanDefinition::getBeanType).map(Class::getName)
                    .filter(name -> name.startsWith("io.precondition.") && !name.startsWith("io.precondition.client."))
                    .toList();
            assertTrue(serverSide.isEmpty(), () -> "beans outside the client: " + serverSide);
        }
    }
}
