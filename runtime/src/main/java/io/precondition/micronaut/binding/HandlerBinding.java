package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagReader;
import io.precondition.http.Validators;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One annotated handler, as data: which method it is (name and erased parameter types, as Micronaut's route names
 * it), its {@link HandlerPolicy}, its {@link Lookup} with the function that reads the validators of the lookup's
 * value, how to read the validators of what it returns, and, for {@code lookupOnIfMatch = false}, how to rebuild the
 * lookup's value from an {@code If-Match} tag. Immutable; the generated code builds it with the {@code with...}
 * methods.
 */
@Internal
public final class HandlerBinding {

    /** What the handler returns, as far as its validators go. */
    public enum BodyKind {
        /** Nothing to read validators from (a write's empty answer, or an opaque body versioned by its lookup). */
        NONE,
        /** One value of {@link #bodyType()}. */
        VALUE,
        /** An {@code Iterable} of elements: a weak tag of their tags. */
        ITERABLE,
        /** A stream ({@code Flux}, {@code Publisher}) of elements: collected first, then as {@link #ITERABLE}. */
        STREAM
    }

    private final String method;
    private final List<Class<?>> parameterTypes;
    private final HandlerPolicy policy;
    private final @Nullable Lookup lookup;
    private final @Nullable Function<Object, Validators> lookupValidators;
    private final @Nullable Function<EntityTagReader, ?> ifMatchClaim;
    private final BodyKind bodyKind;
    private final @Nullable Class<?> bodyType;
    private final @Nullable Function<Object, Validators> bodyValidators;

    private HandlerBinding(String method, List<Class<?>> parameterTypes, HandlerPolicy policy, @Nullable Lookup lookup,
                           @Nullable Function<Object, Validators> lookupValidators,
                           @Nullable Function<EntityTagReader, ?> ifMatchClaim, BodyKind bodyKind,
                           @Nullable Class<?> bodyType, @Nullable Function<Object, Validators> bodyValidators) {
        this.method = Objects.requireNonNull(method);
        this.parameterTypes = List.copyOf(parameterTypes);
        this.policy = Objects.requireNonNull(policy);
        this.lookup = lookup;
        this.lookupValidators = lookupValidators;
        this.ifMatchClaim = ifMatchClaim;
        this.bodyKind = bodyKind;
        this.bodyType = bodyType;
        this.bodyValidators = bodyValidators;
    }

    /**
     * @param method the handler method's name
     * @param policy what its annotations ask for
     * @param parameterTypes its parameter types, erased, in order
     * @return a binding without lookup and without validators of its own body
     */
    public static HandlerBinding of(String method, HandlerPolicy policy, Class<?>... parameterTypes) {
        return new HandlerBinding(method, List.of(parameterTypes), policy, null, null, null, BodyKind.NONE, null, null);
    }

    /**
     * @param lookup the lookup
     * @param validatorsOf the validators of the lookup's value (never called with {@code null})
     * @param <V> the lookup's value type
     * @return this binding with the lookup
     */
    @SuppressWarnings("unchecked")
    public <V> HandlerBinding withLookup(Lookup lookup, Function<? super V, Validators> validatorsOf) {
        return new HandlerBinding(method, parameterTypes, policy, lookup, (Function<Object, Validators>) validatorsOf,
                ifMatchClaim, bodyKind, bodyType, bodyValidators);
    }

    /**
     * @param claim the lookup's value rebuilt from a single strong {@code If-Match} tag, or {@code null} when the tag
     *     is not one the value's own tag could be
     * @return this binding, whose write skips its lookup for such a request
     */
    public HandlerBinding withIfMatchClaim(Function<EntityTagReader, ?> claim) {
        return new HandlerBinding(method, parameterTypes, policy, lookup, lookupValidators, claim, bodyKind, bodyType,
                bodyValidators);
    }

    /**
     * @param type the body's type; a body of another type (e.g. an error) has no validators
     * @param validatorsOf its validators
     * @param <B> the type
     * @return this binding with validators read from one returned value
     */
    @SuppressWarnings("unchecked")
    public <B> HandlerBinding withBody(Class<B> type, Function<? super B, Validators> validatorsOf) {
        return new HandlerBinding(method, parameterTypes, policy, lookup, lookupValidators, ifMatchClaim,
                BodyKind.VALUE, type, (Function<Object, Validators>) validatorsOf);
    }

    /**
     * @param type the elements' type
     * @param tagOf an element's tag
     * @param <E> the elements' type
     * @return this binding with validators read from a returned {@code Iterable}: the weak tag of its elements' tags
     */
    public <E> HandlerBinding withIterableBody(Class<E> type, Function<? super E, EntityTag> tagOf) {
        return withElements(BodyKind.ITERABLE, type, tagOf);
    }

    /**
     * @param type the elements' type
     * @param tagOf an element's tag
     * @param <E> the elements' type
     * @return this binding with validators read from a returned stream, once collected
     */
    public <E> HandlerBinding withStreamBody(Class<E> type, Function<? super E, EntityTag> tagOf) {
        return withElements(BodyKind.STREAM, type, tagOf);
    }

    private <E> HandlerBinding withElements(BodyKind kind, Class<E> type, Function<? super E, EntityTag> tagOf) {
        Function<Object, Validators> validatorsOf = elements ->
                Validators.of(ElementTags.weakDigest((Iterable<?>) elements, type, tagOf), null);
        return new HandlerBinding(method, parameterTypes, policy, lookup, lookupValidators, ifMatchClaim, kind,
                Iterable.class, validatorsOf);
    }

    /** @return the handler method's name */
    public String method() {
        return method;
    }

    /** @return its parameter types, erased, in order */
    public List<Class<?>> parameterTypes() {
        return parameterTypes;
    }

    /** @return what its annotations ask for */
    public HandlerPolicy policy() {
        return policy;
    }

    /** @return its lookup, or {@code null} */
    public @Nullable Lookup lookup() {
        return lookup;
    }

    /**
     * @param value the lookup's value, or {@code null} when it found nothing
     * @return its validators; {@link Validators#ABSENT} for {@code null}
     */
    public Validators validatorsOfLookup(@Nullable Object value) {
        return value == null || lookupValidators == null ? Validators.ABSENT : lookupValidators.apply(value);
    }

    /** @return whether a write may skip its lookup for a single strong {@code If-Match} */
    public boolean claimsIfMatch() {
        return ifMatchClaim != null;
    }

    /**
     * @param tag a reader of the single strong {@code If-Match} tag
     * @return the lookup's value that tag names, or {@code null}
     */
    public @Nullable Object claim(EntityTagReader tag) {
        return ifMatchClaim == null ? null : ifMatchClaim.apply(tag);
    }

    /** @return what the handler returns, as far as its validators go */
    public BodyKind bodyKind() {
        return bodyKind;
    }

    /**
     * @param body the body the handler returned (for a stream: the collected elements), or {@code null}
     * @return its validators, or {@code null} when it has none of the bound type
     */
    public @Nullable Validators validatorsOfBody(@Nullable Object body) {
        if (bodyValidators == null || bodyType == null || !bodyType.isInstance(body)) {
            return null;
        }
        return bodyValidators.apply(body);
    }

    @Override
    public String toString() {
        return policy.toString();
    }
}
