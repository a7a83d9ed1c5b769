package io.precondition.client;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Turns a 412 into {@link PreconditionFailedException} and a 428 into {@link PreconditionRequiredException}, each
 * with the problem+json details of the answer (RFC 9457) when it had them; every other failure is left as it was.
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class ErrorAnswers {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final Optional<JsonMapper> json;

    ErrorAnswers(Optional<JsonMapper> json) {
        this.json = json;
    }

    /**
     * @param failure what the client chain failed with
     * @return the typed exception for a 412 or 428, else {@code failure}
     */
    Throwable translate(Throwable failure) {
        if (failure instanceof PreconditionFailedException || failure instanceof PreconditionRequiredException
                || !(failure instanceof HttpClientResponseException answer)) {
            return failure;
        }
        return switch (answer.code()) {
            case 412 -> new PreconditionFailedException(answer.getResponse(), problem(answer.getResponse()));
            case 428 -> new PreconditionRequiredException(answer.getResponse(), problem(answer.getResponse()));
            default -> failure;
        };
    }

    private Problem problem(HttpResponse<?> response) {
        Optional<byte[]> body = response.getBody(byte[].class).filter(b -> b.length > 0);
        if (body.isEmpty() || json.isEmpty()) {
            return Problem.NONE;
        }
        try {
            Map<String, Object> fields = json.get().readValue(body.get(), OBJECT);
            return fields == null ? Problem.NONE : Problem.of(fields);
        } catch (IOException | RuntimeException notJson) {
            return Problem.NONE;
        }
    }
}
