package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.precondition.micronaut.WriteConflictRecognizer;
import jakarta.inject.Singleton;
import org.hibernate.StaleStateException;

/**
 * Hibernate's own {@link StaleStateException} (and its {@code StaleObjectStateException}): a versioned update or
 * delete that matched no row, as Hibernate reports it where it does not convert it to JPA's exception (e.g. through
 * its native API, or as the cause inside a wrapper).
 */
@Singleton
@Requires(classes = StaleStateException.class)
final class HibernateWriteConflicts implements WriteConflictRecognizer {

    @Override
    public boolean isWriteConflict(Throwable exception) {
        return exception instanceof StaleStateException;
    }
}
