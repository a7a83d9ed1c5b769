package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.micronaut.PreconditionResponses;
import jakarta.inject.Singleton;

/**
 * Micronaut Data JDBC's {@link CannotGetJdbcConnectionException} (the pool gave no connection, e.g. Hikari's
 * connection-timeout passed while the database was unreachable): 503, as {@link ConnectionFailureAnswer}.
 */
@Singleton
@Requires(classes = CannotGetJdbcConnectionException.class)
final class JdbcConnectionFailureAnswer implements FailureAnswer {

    private final PreconditionResponses responses;

    JdbcConnectionFailureAnswer(PreconditionResponses responses) {
        this.responses = responses;
    }

    @Override
    public @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable failure) {
        return failure instanceof CannotGetJdbcConnectionException
                ? GuardedFailures.unavailable(responses, request, failure) : null;
    }
}
