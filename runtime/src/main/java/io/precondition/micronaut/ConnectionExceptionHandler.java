package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a Micronaut Data {@link ConnectionException} (e.g. a pooled connection that died while it was prepared for
 * a transaction): 503. See {@link ConnectionFailureResponses}.
 */
@Singleton
@Produces
@Requires(classes = ConnectionException.class)
public class ConnectionExceptionHandler implements ExceptionHandler<ConnectionException, HttpResponse<?>> {

    private final PreconditionResponses responses;

    /**
     * @param responses builds the error response
     */
    public ConnectionExceptionHandler(PreconditionResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
        return ConnectionFailureResponses.unavailable(responses, request, exception);
    }
}
