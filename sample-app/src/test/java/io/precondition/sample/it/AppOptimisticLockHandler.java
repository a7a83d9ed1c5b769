package io.precondition.sample.it;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An application's own answer to {@code OptimisticLockException}, which wins over Precondition's 412. */
@Singleton
@Produces
@Requires(property = "it.app-handlers", value = "true")
public class AppOptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    /** The status this handler answers with. */
    static final int STATUS = 409;

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body("the application's own answer");
    }
}
