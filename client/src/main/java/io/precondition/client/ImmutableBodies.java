package io.precondition.client;

import java.util.List;

import io.micronaut.core.type.Argument;

/**
 * The body types of one declarative client's {@code @Versioned} reads whose decoded values are deeply immutable
 * (primitives, the JDK's value types, enums, {@code Optional} of those, records of those). Precondition's processor
 * writes one implementation per client; precondition-client then keeps the decoded value of each stored response of
 * such a type and hands that one value to every caller, instead of decoding the stored bytes for each answer. Bodies
 * of any other type are decoded for each answer, so callers never share a mutable object. Not for applications to
 * implement: a type listed here that is not immutable would let one caller change what the next one reads.
 */
public interface ImmutableBodies {

    /** @return the body types, each with its type arguments */
    List<Argument<?>> types();
}
