package io.precondition.micronaut.failure;

import io.micronaut.core.annotation.Nullable;
import io.precondition.micronaut.WriteConflictRecognizer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Walks an exception's causes, asking every {@link WriteConflictRecognizer} about each. */
final class WriteConflicts {

    /** Causes followed at most: a chain is a few levels deep; a longer one (or a cycle) is cut. */
    private static final int MAX_CAUSES = 32;

    private final List<WriteConflictRecognizer> recognizers;

    WriteConflicts(List<WriteConflictRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** @return whether {@code exception} or one of its causes is an optimistic-lock failure */
    boolean causedBy(@Nullable Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = exception;
        for (int depth = 0; current != null && depth < MAX_CAUSES && seen.put(current, Boolean.TRUE) == null; depth++) {
            for (WriteConflictRecognizer recognizer : recognizers) {
                if (recognizer.isWriteConflict(current)) {
                    return true;
                }
            }
            current = current.getCause();
        }
        return false;
    }
}
