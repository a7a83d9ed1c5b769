package io.precondition.micronaut;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a failure to obtain or prepare a database connection, which Micronaut Data reports outside
 * {@code DataAccessException} ({@code CannotGetJdbcConnectionException} when the pool gives none, e.g. Hikari's
 * "Connection is not available, request timed out"; {@code ConnectionException} when setting auto-commit or
 * read-only on a connection that has just died): 503 Service Unavailable, like a connection failure in
 * {@link DataAccessExceptionHandler}. The cause often carries no SQLSTATE (Hikari's closed-connection proxy throws a
 * bare {@code SQLException}), so these exception types alone decide.
 */
final class ConnectionFailureResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFailureResponses.class);

    private ConnectionFailureResponses() {
    }

    static HttpResponse<?> unavailable(PreconditionResponses responses, HttpRequest<?> request, RuntimeException exception) {
        LOG.warn("Database unavailable for {} {}: {}", request.getMethodName(), request.getPath(), exception.toString());
        return responses.error(request, HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; try again later");
    }
}
