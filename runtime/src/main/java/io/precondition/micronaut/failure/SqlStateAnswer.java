package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.micronaut.PreconditionResponses;
import io.precondition.micronaut.engine.RequestState;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * A Micronaut Data {@link DataAccessException}, by the SQLSTATE of its cause:
 * <ul>
 *   <li>{@value #UNIQUE_VIOLATION} (unique violation; PostgreSQL and H2 both use it for a duplicate key) in a checked
 *       create ({@code If-None-Match: *} passed against an absent resource): a concurrent request created the
 *       resource first, so 412, and nothing was written;</li>
 *   <li>class 08 (connection exception), or a {@link SQLTransientException} / {@link SQLRecoverableException} in the
 *       chain: 503 (see {@link ConnectionFailureAnswer});</li>
 *   <li>anything else, the other integrity violations of class 23 included (foreign key 23503, NOT NULL 23502,
 *       CHECK 23514): not Precondition's to answer. Those come from the request's content, and a 412 would send a
 *       client that follows RFC 9110 into retrying a request that can never succeed.</li>
 * </ul>
 */
@Singleton
@Requires(classes = DataAccessException.class)
final class SqlStateAnswer implements FailureAnswer {

    /** SQLSTATE unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private final PreconditionResponses responses;

    SqlStateAnswer(PreconditionResponses responses) {
        this.responses = responses;
    }

    @Override
    public @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable failure) {
        if (!(failure instanceof DataAccessException)) {
            return null;
        }
        String sqlState = sqlStateOf(failure);
        if (UNIQUE_VIOLATION.equals(sqlState) && isCheckedCreate(request)) {
            return responses.concurrentWrite(request);
        }
        if (isTransient(failure, sqlState)) {
            return GuardedFailures.unavailable(responses, request, failure);
        }
        return null;
    }

    private static @Nullable String sqlStateOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean isTransient(Throwable exception, @Nullable String sqlState) {
        if (sqlState != null && sqlState.startsWith("08")) {
            return true;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCheckedCreate(HttpRequest<?> request) {
        RequestState state = RequestState.of(request);
        return state != null && state.isCheckedCreate();
    }
}
