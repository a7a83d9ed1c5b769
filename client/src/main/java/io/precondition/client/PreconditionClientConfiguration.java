package io.precondition.client;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the client half, under {@code precondition.client}:
 *
 * <pre>
 * precondition:
 *   client:
 *     enabled: true                 # false: no filter, declarative clients behave as without this module
 *     cache-max-bytes: 16777216     # bound of each client's store (bodies + headers), 16 MiB
 *     entry-max-bytes: 1048576      # a larger body passes through unstored, 1 MiB
 *     retry-max-attempts: 5         # ConflictRetry: attempts in all, the first included
 *     retry-initial-backoff: 10ms   # ConflictRetry: backoff before the 2nd attempt, doubled after each 412
 *     retry-max-backoff: 500ms      # ConflictRetry: ceiling of the backoff (each wait is jittered: random in [0, b])
 * </pre>
 */
@ConfigurationProperties(PreconditionClientConfiguration.PREFIX)
public class PreconditionClientConfiguration {

    /** The prefix of these settings. */
    public static final String PREFIX = "precondition.client";

    private boolean enabled = true;
    private long cacheMaxBytes = 16L * 1024 * 1024;
    private long entryMaxBytes = 1024L * 1024;
    private int retryMaxAttempts = 5;
    private Duration retryInitialBackoff = Duration.ofMillis(10);
    private Duration retryMaxBackoff = Duration.ofMillis(500);

    /** @return whether the client filter is installed (default true) */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the client filter is installed */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the bound, in bytes, of each client's store (default 16 MiB) */
    public long getCacheMaxBytes() {
        return cacheMaxBytes;
    }

    /** @param cacheMaxBytes the bound, in bytes, of each client's store */
    public void setCacheMaxBytes(long cacheMaxBytes) {
        this.cacheMaxBytes = cacheMaxBytes;
    }

    /** @return the largest body, in bytes, that is stored (default 1 MiB) */
    public long getEntryMaxBytes() {
        return entryMaxBytes;
    }

    /** @param entryMaxBytes the largest body, in bytes, that is stored */
    public void setEntryMaxBytes(long entryMaxBytes) {
        this.entryMaxBytes = entryMaxBytes;
    }

    /** @return the number of attempts {@link ConflictRetry} makes in all (default 5) */
    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    /** @param retryMaxAttempts the number of attempts {@link ConflictRetry} makes in all, at least 1 */
    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }

    /** @return the backoff before the second attempt (default 10 ms) */
    public Duration getRetryInitialBackoff() {
        return retryInitialBackoff;
    }

    /** @param retryInitialBackoff the backoff before the second attempt */
    public void setRetryInitialBackoff(Duration retryInitialBackoff) {
        this.retryInitialBackoff = retryInitialBackoff;
    }

    /** @return the ceiling of the backoff (default 500 ms) */
    public Duration getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    /** @param retryMaxBackoff the ceiling of the backoff */
    public void setRetryMaxBackoff(Duration retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }
}
