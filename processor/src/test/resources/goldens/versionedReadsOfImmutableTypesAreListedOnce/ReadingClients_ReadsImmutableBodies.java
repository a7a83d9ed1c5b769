package test.client;

import io.micronaut.core.type.Argument;
import io.precondition.client.ImmutableBodies;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The body types of {@link ReadingClients.Reads}'s versioned reads whose decoded values are deeply immutable:
 * one decoded value of a stored response may answer every caller.
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@Singleton
public final class ReadingClients_ReadsImmutableBodies implements ImmutableBodies {
    @Override
    public List<Argument<?>> types() {
        return List.of(
                Argument.of(ReadingClients.Author.class),
                Argument.of(ReadingClients.Note.class),
                Argument.of(Optional.class, Argument.of(ReadingClients.Note.class)),
                Argument.of(String.class),
                Argument.of(long.class));
    }
}
