package io.precondition.client;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** No metrics: used when micronaut-micrometer is absent. */
@Singleton
@Secondary
final class SilentClientEvents implements ClientEvents {

    @Override
    public void record(ClientEvent event) {
        // nothing to report to
    }
}
