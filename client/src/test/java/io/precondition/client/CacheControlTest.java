package io.precondition.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** RFC 9111 §5.2: directives across lines, case-insensitive names, quoted arguments, invalid max-age. */
class CacheControlTest {

    @Test
    void directivesFromEveryLineCaseInsensitive() {
        CacheControl cc = CacheControl.parse(List.of("Max-Age=60, private", "NO-CACHE"));
        assertEquals(Optional.of(60L), cc.maxAge());
        assertTrue(cc.noCache());
        assertFalse(cc.noStore());
    }

    @Test
    void commaInsideQuotesDoesNotSplit() {
        CacheControl cc = CacheControl.parse(List.of("private=\"a, no-store\", max-age=\"5\""));
        assertFalse(cc.noStore(), "no-store inside a quoted argument is no directive");
        assertEquals(Optional.of(5L), cc.maxAge());
    }

    @Test
    void invalidMaxAgeIsStale() {
        // §4.2.1: an invalid max-age is treated as stale
        assertEquals(Optional.of(0L), CacheControl.parse(List.of("max-age=-1")).maxAge());
        assertEquals(Optional.of(0L), CacheControl.parse(List.of("max-age=12x")).maxAge());
        assertEquals(Optional.of(0L), CacheControl.parse(List.of("max-age=99999999999999")).maxAge());
        assertEquals(Optional.empty(), CacheControl.parse(List.of("public")).maxAge());
    }
}
