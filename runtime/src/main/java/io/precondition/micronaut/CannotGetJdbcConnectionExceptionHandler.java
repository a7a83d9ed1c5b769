package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers Micronaut Data JDBC's {@link CannotGetJdbcConnectionException} (the pool gave no connection, e.g. Hikari's
 * connection-timeout passed while the database was unreachable): 503. See {@link ConnectionFailureResponses}.
 */
@Singleton
@Produces
@Requires(classes = CannotGetJdbcConnectionException.class)
public class CannotGetJdbcConnectionExceptionHandler
        implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

    private final PreconditionResponses responses;

    /**
     * @param responses builds the error response
     */
    public CannotGetJdbcConnectionExceptionHandler(PreconditionResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        return ConnectionFailureResponses.unavailable(responses, request, exception);
    }
}
