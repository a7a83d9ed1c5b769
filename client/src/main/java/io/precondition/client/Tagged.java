package io.precondition.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;

/**
 * A representation together with the validators it was served with (RFC 9110 §8.8): what a {@code @Versioned} client
 * read returns when its method is declared to return {@code Tagged<T>}, and what a {@code @ConditionalWrite} client
 * method takes as its {@code @Body} to send {@code If-Match} (or {@code If-Unmodified-Since} when the representation has
 * only a date). The precondition of a write is thus always the one of the representation the caller based its change
 * on, never one taken from the cache behind the caller's back.
 *
 * <pre>{@code
 * Tagged<Page> read = wiki.page("home");
 * Tagged<Page> written = wiki.replace("home", read.map(p -> p.withTitle("Home")));
 * }</pre>
 *
 * <p>Immutable. A write's answer is again a {@code Tagged}, with the new {@code ETag}, so the next write needs no read.
 *
 * @param <T> the representation's type
 */
public final class Tagged<T> {

    private final T value;
    @Nullable
    private final EntityTag etag;
    @Nullable
    private final Instant lastModified;

    private Tagged(T value, @Nullable EntityTag etag, @Nullable Instant lastModified) {
        this.value = value;
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /**
     * @param value the representation
     * @param etag its entity tag, or null
     * @param lastModified its Last-Modified, or null
     * @param <T> the representation's type
     * @return the tagged value
     */
    public static <T> Tagged<T> of(T value, @Nullable EntityTag etag, @Nullable Instant lastModified) {
        return new Tagged<>(value, etag, lastModified);
    }

    /** @return the representation */
    public T value() {
        return value;
    }

    /** @return the entity tag it was served with, if the server sent a well-formed one */
    public Optional<EntityTag> etag() {
        return Optional.ofNullable(etag);
    }

    /** @return the Last-Modified it was served with, if the server sent a valid HTTP-date */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    /**
     * A changed value based on this representation: the validators stay, so that a write of the result is
     * conditional on the representation this one was read as.
     *
     * @param changed the new value
     * @param <R> its type
     * @return the new value with this one's validators
     */
    public <R> Tagged<R> withValue(R changed) {
        return new Tagged<>(changed, etag, lastModified);
    }

    /**
     * @param change the change to apply to the value
     * @return the changed value with this one's validators
     */
    public Tagged<T> map(UnaryOperator<T> change) {
        return withValue(change.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tagged<?> other && Objects.equals(value, other.value) && Objects.equals(etag, other.etag)
                && Objects.equals(lastModified, other.lastModified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, etag, lastModified);
    }

    @Override
    public String toString() {
        return "Tagged[" + value + ", etag=" + etag + ", lastModified=" + lastModified + "]";
    }
}
