package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.precondition.micronaut.WriteConflictRecognizer;
import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;

/**
 * JPA's {@link OptimisticLockException}: what Hibernate (micronaut-data-hibernate-jpa) throws from {@code merge} or
 * the flush when a {@code @Version} entity was changed by another transaction.
 */
@Singleton
@Requires(classes = OptimisticLockException.class)
final class JpaWriteConflicts implements WriteConflictRecognizer {

    @Override
    public boolean isWriteConflict(Throwable exception) {
        return exception instanceof OptimisticLockException;
    }
}
