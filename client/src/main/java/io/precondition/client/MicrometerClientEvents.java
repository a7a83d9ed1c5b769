package io.precondition.client;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Counts each {@link ClientEvent} as {@code precondition.client.events{event=stored|fresh-hit|revalidated|miss|
 * invalidated|conflict-retried}} when micronaut-micrometer provides a {@link MeterRegistry}.
 */
@Singleton
@Primary
@Requires(classes = MeterRegistry.class)
@Requires(beans = MeterRegistry.class)
final class MicrometerClientEvents implements ClientEvents {

    /** The counters' name. */
    static final String METER = "precondition.client.events";

    private final Map<ClientEvent, Counter> counters = new EnumMap<>(ClientEvent.class);

    MicrometerClientEvents(MeterRegistry registry) {
        for (ClientEvent event : ClientEvent.values()) {
            counters.put(event, Counter.builder(METER).tag("event", event.tag())
                    .description("Precondition client: " + event.tag()).register(registry));
        }
    }

    @Override
    public void record(ClientEvent event) {
        counters.get(event).increment();
    }
}
