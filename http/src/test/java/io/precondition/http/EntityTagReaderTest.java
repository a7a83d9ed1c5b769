package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EntityTagReader} inverts {@link EntityTag.Builder} exactly: it accepts a tag only if the builder would
 * have written it, so a write that trusts a decoded If-Match (RFC 9110 §13.1.1) guards on the one state that tag
 * names.
 */
class EntityTagReaderTest {

    @Property(seed = Seeds.FIXED)
    void readsBackWhatTheBuilderWrote(@ForAll long high, @ForAll long low, @ForAll long version, @ForAll String name, @ForAll int small,
                                      @ForAll byte[] hash) {
        UUID id = new UUID(high, low);
        EntityTag tag = EntityTag.builder().add(id).add(version).add(name).add(small).add(hash).strong();
        EntityTagReader reader = EntityTagReader.of(tag);
        assertEquals(id, reader.nextUuid());
        assertEquals(version, reader.nextLong());
        assertEquals(name, reader.nextString());
        assertEquals(small, reader.nextInt());
        assertArrayEquals(hash, reader.nextBytes());
        assertTrue(reader.atEnd());
    }

    @Property(seed = Seeds.FIXED)
    void acceptsNoOtherSpellingOfTheSameValues(@ForAll String opaqueSuffix, @ForAll long version) {
        // Any tag the reader accepts as (long, string) is the builder's tag of what it read.
        String opaque = version + "." + opaqueSuffix.replaceAll("[^\\x21\\x23-\\x7e]", "");
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong(opaque));
        long readVersion = reader.nextLong();
        String readName = reader.nextString();
        if (reader.atEnd()) {
            assertEquals(opaque, EntityTag.builder().add(readVersion).add(readName).strong().opaque());
        }
    }

    @Test
    void sampleTagOfTheWiki() {
        UUID id = UUID.fromString("5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab");
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong("5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.42"));
        assertEquals(id, reader.nextUuid());
        assertEquals(42, reader.nextLong());
        assertTrue(reader.atEnd());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5B7C1F0E-9A2D-4C3B-8E1F-0123456789AB.42", // upper-case UUID: not what the builder writes
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.042", // leading zero
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.+42",
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.-0",
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.99999999999999999999", // beyond long
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab", // a part missing
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.42.7", // a part too many
        "5b7c1f0e-9a2d-4c3b-8e1f-0123456789ab.", // an empty number
        "1-2-3-4-5.42", // UUID.fromString would accept this
        "",
    })
    void refusesWhatTheBuilderNeverWrites(String opaque) {
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong(opaque));
        reader.nextUuid();
        reader.nextLong();
        assertFalse(reader.atEnd(), opaque);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%41", "%2e", "%C0%80", "%E2%82", "%", "%G0", "%F4%90%80%80"})
    void refusesNonCanonicalPercentEncoding(String opaque) {
        // "%41" is an encoded "A" (the builder writes "A"), "%2e" is lower-case hex, %C0%80 an overlong NUL,
        // then a truncated sequence, a lone '%', a bad digit, and a code point beyond U+10FFFF.
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong(opaque));
        reader.nextString();
        assertFalse(reader.atEnd(), opaque);
    }

    @Test
    void intOutOfRangeFails() {
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong("2147483648"));
        assertEquals(0, reader.nextInt());
        assertFalse(reader.atEnd());
    }

    @Test
    void afterAFailureEveryReadIsAPlaceholder() {
        EntityTagReader reader = EntityTagReader.of(EntityTag.strong("x.5"));
        assertNull(reader.nextUuid());
        assertEquals(0, reader.nextLong());
        assertFalse(reader.atEnd());
    }
}
