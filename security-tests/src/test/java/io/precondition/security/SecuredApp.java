package io.precondition.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/** Starts the secured test app on 127.0.0.1 and a random port, with micronaut-security's defaults. */
final class SecuredApp {

    private SecuredApp() {
    }

    /**
     * @param settings extra configuration, e.g. {@code precondition.filter-order}
     * @return the running server; close it when done
     */
    static EmbeddedServer start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }
}
