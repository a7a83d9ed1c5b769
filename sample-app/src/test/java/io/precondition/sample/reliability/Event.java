package io.precondition.sample.reliability;

/**
 * One request of a load run.
 *
 * @param method HTTP method (a create is a PUT with {@code If-None-Match: *})
 * @param write whether it was a write attempt (PUT, PATCH, DELETE)
 * @param status the status, or {@link #NO_RESPONSE} when the connection failed or dropped
 * @param instance index of the app instance it went to
 * @param startNanos {@link System#nanoTime()} when it was sent
 * @param endNanos when its response (or failure) came
 * @param problem what was wrong with the response, or null when it was well-formed
 */
public record Event(String method, boolean write, int status, int instance, long startNanos, long endNanos,
                    String problem) {
    /** Status of a request that got no response (connection refused, reset or dropped). */
    public static final int NO_RESPONSE = -1;

    public long millis() {
        return (endNanos - startNanos) / 1_000_000;
    }
}
