package io.precondition.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The validators of the selected representation (RFC 9110 §8.8), or the fact that the resource does not
 * exist ({@link #ABSENT}). A last-modification date is kept at whole seconds, as HTTP dates have no
 * fractions (§5.6.7), so comparisons with If-Modified-Since and If-Unmodified-Since are exact.
 */
public final class Validators {

    /** The target resource does not exist (it has no current representation). */
    public static final Validators ABSENT = new Validators(false, null, null);

    private final boolean exists;
    private final EntityTag etag;
    private final Instant lastModified;
    private final Optional<EntityTag> etagOptional;
    private final Optional<Instant> lastModifiedOptional;

    private Validators(boolean exists, EntityTag etag, Instant lastModified) {
        this.exists = exists;
        this.etag = etag;
        this.lastModified = lastModified;
        this.etagOptional = Optional.ofNullable(etag);
        this.lastModifiedOptional = Optional.ofNullable(lastModified);
    }

    /**
     * The validators of an existing resource.
     *
     * @param etag         its entity tag, or null if it has none
     * @param lastModified its last-modification date, or null if it has none; truncated to whole seconds
     * @return the validators
     */
    public static Validators of(EntityTag etag, Instant lastModified) {
        return new Validators(true, etag, lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Tells whether the resource exists.
     *
     * @return false only for {@link #ABSENT}
     */
    public boolean exists() {
        return exists;
    }

    /**
     * Returns the entity tag.
     *
     * @return the entity tag, or empty if the resource has none or does not exist
     */
    public Optional<EntityTag> etag() {
        return etagOptional;
    }

    /**
     * Returns the last-modification date, at whole seconds.
     *
     * @return the date, or empty if the resource has none or does not exist
     */
    public Optional<Instant> lastModified() {
        return lastModifiedOptional;
    }

    /**
     * Clamps the last-modification date so that it is not later than {@code now} (truncated to whole
     * seconds), since an origin server must not send a Last-Modified later than its Date (RFC 9110 §8.8.2.1).
     *
     * @param now the response's Date
     * @return validators with the date clamped; this instance if nothing changes
     */
    public Validators notAfter(Instant now) {
        Instant limit = now.truncatedTo(ChronoUnit.SECONDS);
        if (lastModified == null || !lastModified.isAfter(limit)) {
            return this;
        }
        return new Validators(exists, etag, limit);
    }

    /** Package-private, allocation-free access for the evaluator. */
    EntityTag etagOrNull() {
        return etag;
    }

    /** Package-private, allocation-free access for the evaluator. */
    Instant lastModifiedOrNull() {
        return lastModified;
    }

    /**
     * Validators are equal when existence, entity tag and date are equal.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Validators)) {
            return false;
        }
        Validators v = (Validators) o;
        return exists == v.exists && Objects.equals(etag, v.etag) && Objects.equals(lastModified, v.lastModified);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(exists, etag, lastModified);
    }

    /**
     * Describes the validators, for logging.
     *
     * @return e.g. {@code Validators[etag="7", lastModified=1994-11-06T08:49:37Z]} or {@code Validators[absent]}
     */
    @Override
    public String toString() {
        return exists ? "Validators[etag=" + etag + ", lastModified=" + lastModified + "]" : "Validators[absent]";
    }
}
