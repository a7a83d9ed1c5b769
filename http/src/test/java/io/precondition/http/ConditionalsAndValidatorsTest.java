package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionalsAndValidatorsTest {

    static final String D = "Sun, 06 Nov 1994 08:49:37 GMT";
    static final Instant I = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void noFieldIsEmpty() {
        assertTrue(Conditionals.NONE.isEmpty());
        assertSame(Conditionals.NONE, Conditionals.of(List.of(), List.of(), List.of(), List.of()));
        assertTrue(Conditionals.of(null, null, null, null).isEmpty());
        assertFalse(Conditionals.NONE.ifMatch().isPresent());
        assertEquals(Optional.empty(), Conditionals.NONE.ifModifiedSince());
    }

    @Test
    void anyFieldMakesItNonEmpty() {
        assertFalse(Conditionals.of(List.of("x"), List.of(), List.of(), List.of()).isEmpty());
        assertFalse(Conditionals.of(List.of(), List.of(""), List.of(), List.of()).isEmpty());
        assertFalse(Conditionals.of(List.of(), List.of(), List.of("garbage"), List.of()).isEmpty());
        assertFalse(Conditionals.of(List.of(), List.of(), List.of(), List.of(D)).isEmpty());
    }

    @Test
    void datesNeedExactlyOneValidMember() {
        Conditionals one = Conditionals.of(List.of(), List.of(), List.of(D), List.of(" " + D));
        assertEquals(Optional.of(I), one.ifModifiedSince());
        assertEquals(Optional.of(I), one.ifUnmodifiedSince());
        Conditionals two = Conditionals.of(List.of(), List.of(), List.of(D, D), List.of(D + ", " + D));
        assertEquals(Optional.empty(), two.ifModifiedSince(), "two lines: §13.1.3 more than one member");
        assertEquals(Optional.empty(), two.ifUnmodifiedSince(), "two members on one line: §13.1.4");
    }

    @Test
    void linesAreCopied() {
        List<String> ims = new ArrayList<>(List.of(D));
        Conditionals c = Conditionals.of(List.of(), List.of(), ims, List.of());
        ims.set(0, "garbage");
        assertEquals(Optional.of(I), c.ifModifiedSince());
    }

    @Test
    void validatorsTruncateToWholeSeconds() {
        Validators v = Validators.of(EntityTag.strong("1"), I.plusMillis(999));
        assertTrue(v.exists());
        assertEquals(Optional.of(I), v.lastModified());
        assertEquals(Optional.of(EntityTag.strong("1")), v.etag());
        assertEquals(Validators.of(EntityTag.strong("1"), I), v);
    }

    @Test
    void absentHasNoValidators() {
        assertFalse(Validators.ABSENT.exists());
        assertEquals(Optional.empty(), Validators.ABSENT.etag());
        assertEquals(Optional.empty(), Validators.ABSENT.lastModified());
        assertTrue(Validators.of(null, null).exists());
        assertSame(Validators.ABSENT, Validators.ABSENT.notAfter(I));
    }

    @Test
    void notAfterClampsToTheResponseDate() {
        Validators v = Validators.of(EntityTag.strong("1"), I.plusSeconds(10));
        // a Date of I + 0.5 s is sent as I (whole seconds), so Last-Modified is clamped to I
        assertEquals(Optional.of(I), v.notAfter(I.plusMillis(500)).lastModified());
        assertEquals(v.etag(), v.notAfter(I).etag());
        assertSame(v, v.notAfter(I.plusSeconds(10)), "equal is not later");
        assertSame(v, v.notAfter(I.plusSeconds(11)));
        Validators noDate = Validators.of(EntityTag.strong("1"), null);
        assertSame(noDate, noDate.notAfter(I));
    }
}
