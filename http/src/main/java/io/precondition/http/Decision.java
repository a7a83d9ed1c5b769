package io.precondition.http;

/**
 * The outcome of evaluating the preconditions of a request (RFC 9110 §13.2.2, RFC 6585 §3).
 */
public enum Decision {
    /** Perform the method as if the request were not conditional. */
    PROCEED,
    /** Answer 304 (Not Modified, RFC 9110 §15.4.5); only for GET and HEAD. */
    NOT_MODIFIED,
    /** Answer 412 (Precondition Failed, RFC 9110 §15.5.13) and change nothing. */
    PRECONDITION_FAILED,
    /** Answer 428 (Precondition Required, RFC 6585 §3): the write was not guarded. */
    PRECONDITION_REQUIRED,
    /**
     * Answer 431 (Request Header Fields Too Large, RFC 6585 §5): an If-Match or If-None-Match is over its
     * {@link ListLimits}, so the preconditions cannot be evaluated; change nothing.
     */
    FIELD_TOO_LARGE;

    /**
     * Returns the HTTP status code to answer with, or 0 for {@link #PROCEED} (the handler decides).
     *
     * @return 304, 412, 428, 431, or 0
     */
    public int statusCode() {
        return switch (this) {
            case NOT_MODIFIED -> 304;
            case PRECONDITION_FAILED -> 412;
            case PRECONDITION_REQUIRED -> 428;
            case FIELD_TOO_LARGE -> 431;
            case PROCEED -> 0;
        };
    }
}
