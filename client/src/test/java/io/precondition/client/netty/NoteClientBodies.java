package io.precondition.client.netty;

import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.precondition.client.ImmutableBodies;
import jakarta.inject.Singleton;

/**
 * What Precondition's processor writes for {@link TaggedNoteClient} (this module's tests run without the processor):
 * its versioned reads' immutable body type, {@code String}; {@code Map} is not one.
 */
@Singleton
@Requires(property = "netty.round-trip")
public final class NoteClientBodies implements ImmutableBodies {

    @Override
    public List<Argument<?>> types() {
        return List.of(Argument.STRING);
    }
}
