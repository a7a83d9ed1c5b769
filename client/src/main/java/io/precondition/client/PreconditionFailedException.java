package io.precondition.client;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.precondition.http.EntityTag;
import io.precondition.http.HttpDate;

/**
 * A 412 Precondition Failed (RFC 9110 §15.5.13): the representation the write was based on is no longer current, so
 * nothing was written. Read again and re-apply the change ({@link ConflictRetry} does that). Carries the
 * {@link #problem() problem details} and, when the server sent them, the current validators.
 */
public final class PreconditionFailedException extends HttpClientResponseException {

    private final transient Problem problem;

    /**
     * @param response the 412 response
     * @param problem its problem details
     */
    public PreconditionFailedException(HttpResponse<?> response, Problem problem) {
        super(message("412 Precondition Failed", problem), response);
        this.problem = problem;
    }

    /** @return the problem details of the 412 ({@link Problem#NONE} when it had none) */
    public Problem problem() {
        return problem;
    }

    /** @return the current entity tag, if the 412 carried a well-formed {@code ETag} */
    public Optional<EntityTag> currentETag() {
        return Answers.singleETag(getResponse().getHeaders().getAll(HttpHeaders.ETAG));
    }

    /** @return the current Last-Modified, if the 412 carried a valid one */
    public Optional<Instant> currentLastModified() {
        return HttpDate.parse(getResponse().getHeaders().get(HttpHeaders.LAST_MODIFIED));
    }

    static String message(String status, Problem problem) {
        return problem.detailText().map(d -> status + ": " + d).orElse(status);
    }
}
