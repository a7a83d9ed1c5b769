package io.precondition.micronaut;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Counts the responses Precondition answers itself, per handler and status, as the Micrometer counter
 * {@value #METER} with tags {@code handler} and {@code status}. Present when micronaut-micrometer is.
 */
@Singleton
@Requires(classes = MeterRegistry.class)
@Requires(beans = MeterRegistry.class)
public class MicrometerOutcomeCounter implements PreconditionOutcomeListener {

    /** The counter's name. */
    public static final String METER = "precondition.responses";

    private final MeterRegistry registry;

    /**
     * @param registry where the counters live
     */
    public MicrometerOutcomeCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onOutcome(HttpRequest<?> request, String handler, int status) {
        Counter.builder(METER)
                .description("Responses answered by Precondition (304, 404, 412, 413, 428)")
                .tag("handler", handler)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }
}
