package io.precondition.micronaut;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Answers a Micronaut Data {@link DataAccessException}:
 * <ul>
 *   <li>an integrity violation (SQLSTATE class 23, e.g. a duplicate primary key) in a {@code @ConditionalWrite}
 *       handler means that a concurrent request created the resource first: 412, and nothing was written;</li>
 *   <li>a connection or transient failure (SQLSTATE class 08, {@link SQLTransientException},
 *       {@link SQLRecoverableException}): 503 Service Unavailable;</li>
 *   <li>anything else: 500.</li>
 * </ul>
 * Replace it ({@code @Replaces(DataAccessExceptionHandler.class)}) to answer otherwise.
 */
@Singleton
@Produces
@Requires(classes = DataAccessException.class)
public class DataAccessExceptionHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataAccessExceptionHandler.class);

    private final PreconditionResponses responses;
    private final PreconditionOutcomes outcomes;

    /**
     * @param responses builds the error response
     * @param outcomes told of the 412s this handler answers
     */
    public DataAccessExceptionHandler(PreconditionResponses responses, PreconditionOutcomes outcomes) {
        this.responses = responses;
        this.outcomes = outcomes;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        String sqlState = sqlStateOf(exception);
        if (sqlState != null && sqlState.startsWith("23") && GuardedWrites.isGuarded(request)) {
            outcomes.tell(request, GuardedWrites.handlerOf(request), HttpStatus.PRECONDITION_FAILED.getCode());
            return responses.concurrentWrite(request);
        }
        if (isTransient(exception, sqlState)) {
            return ConnectionFailureResponses.unavailable(responses, request, exception);
        }
        LOG.error("Database error for {} {}", request.getMethodName(), request.getPath(), exception);
        return responses.error(request, HttpStatus.INTERNAL_SERVER_ERROR, "The database could not complete the request");
    }

    private static String sqlStateOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean isTransient(Throwable exception, String sqlState) {
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
}
