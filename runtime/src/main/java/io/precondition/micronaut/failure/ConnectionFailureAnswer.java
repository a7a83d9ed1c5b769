package io.precondition.micronaut.failure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.precondition.micronaut.PreconditionResponses;
import jakarta.inject.Singleton;

/**
 * A failure to prepare a database connection, which Micronaut Data reports outside {@code DataAccessException}
 * ({@link ConnectionException} when setting auto-commit or read-only on a connection that has just died): 503 Service
 * Unavailable. The cause often carries no SQLSTATE (Hikari's closed-connection proxy throws a bare
 * {@code SQLException}), so the exception's type alone decides. See also {@link JdbcConnectionFailureAnswer}.
 */
@Singleton
@Requires(classes = ConnectionException.class)
final class ConnectionFailureAnswer implements FailureAnswer {

    private final PreconditionResponses responses;

    ConnectionFailureAnswer(PreconditionResponses responses) {
        this.responses = responses;
    }

    @Override
    public @Nullable MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable failure) {
        return failure instanceof ConnectionException ? GuardedFailures.unavailable(responses, request, failure) : null;
    }
}
