package io.precondition.micronaut.failure;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimistic-lock failures of Micronaut Data, JPA and Hibernate, found also as causes of other exceptions. */
class WriteConflictsTest {

    private final WriteConflicts all = new WriteConflicts(List.of(new MicronautDataWriteConflicts(),
            new JpaWriteConflicts(), new HibernateWriteConflicts()));

    @Test
    void eachLibrarysOwnExceptionIsAConflict() {
        assertTrue(all.causedBy(new OptimisticLockException("stale")));
        assertTrue(all.causedBy(new jakarta.persistence.OptimisticLockException("stale")));
        assertTrue(all.causedBy(new StaleObjectStateException("Note", 1L)));
        assertTrue(all.causedBy(new org.hibernate.StaleStateException("0 rows")));
    }

    @Test
    void aConflictInsideWrappersIsFound() {
        Throwable hibernate = new StaleObjectStateException("Note", 1L);
        Throwable jpa = new jakarta.persistence.OptimisticLockException("stale", hibernate);
        assertTrue(all.causedBy(new RollbackException("Error while committing the transaction", jpa)));
        assertTrue(all.causedBy(new IllegalStateException("Could not commit", new RuntimeException(jpa))));
        assertTrue(all.causedBy(new RuntimeException("app", new DataAccessException("data", hibernate))));
    }

    @Test
    void otherFailuresAreNoConflict() {
        assertFalse(all.causedBy(null));
        assertFalse(all.causedBy(new PersistenceException("constraint")));
        assertFalse(all.causedBy(new RollbackException("rolled back", new IllegalStateException("no"))));
        assertFalse(all.causedBy(new DataAccessException("connection refused")));
    }

    @Test
    void onlyTheRecognisersPresentCount() {
        WriteConflicts dataOnly = new WriteConflicts(List.of(new MicronautDataWriteConflicts()));
        assertFalse(dataOnly.causedBy(new jakarta.persistence.OptimisticLockException("stale")));
        assertTrue(dataOnly.causedBy(new RuntimeException(new OptimisticLockException("stale"))));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(all.causedBy(first));
    }
}
