package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.precondition.micronaut.WriteConflictRecognizer;
import jakarta.inject.Singleton;

/** Micronaut Data's {@link OptimisticLockException} (JDBC, R2DBC: a versioned update or delete changed no row). */
@Singleton
@Requires(classes = OptimisticLockException.class)
final class MicronautDataWriteConflicts implements WriteConflictRecognizer {

    @Override
    public boolean isWriteConflict(Throwable exception) {
        return exception instanceof OptimisticLockException;
    }
}
