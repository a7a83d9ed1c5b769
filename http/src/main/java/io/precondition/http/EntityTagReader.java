package io.precondition.http;

import java.util.Base64;
import java.util.UUID;

/**
 * Reads back, in order, the parts of an opaque tag that {@link EntityTag.Builder} wrote. Every read is strict: a
 * part is accepted only if adding the value it yields to a builder writes exactly that part again, so that a
 * reader that {@link #atEnd() ends} cleanly has found the one sequence of values whose tag this is. A read that
 * fails returns a placeholder ({@code 0} or {@code null}) and leaves the reader failed; check {@link #atEnd()} once,
 * after the last read.
 *
 * <pre>{@code
 * EntityTagReader tag = EntityTagReader.of(EntityTag.strong("5b7c...e1.42"));
 * UUID id = tag.nextUuid();
 * long version = tag.nextLong();
 * if (tag.atEnd()) { ... }   // exactly these two parts, both canonical
 * }</pre>
 */
public final class EntityTagReader {

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_OUT = Base64.getUrlEncoder().withoutPadding();

    private final String opaque;
    private int position;
    private boolean failed;

    private EntityTagReader(String opaque) {
        this.opaque = opaque;
    }

    /**
     * @param tag a tag, strong or weak
     * @return a reader at its first part
     */
    public static EntityTagReader of(EntityTag tag) {
        return new EntityTagReader(tag.opaque());
    }

    /** @return the next part as a number, or {@code 0} after a failed read */
    public long nextLong() {
        String part = next();
        if (part == null || !isDecimal(part)) {
            return fail(0);
        }
        try {
            long value = Long.parseLong(part);
            return Long.toString(value).equals(part) ? value : fail(0);
        } catch (NumberFormatException tooLarge) {
            return fail(0);
        }
    }

    /** @return the next part as an {@code int}, or {@code 0} after a failed read (also when out of range) */
    public int nextInt() {
        long value = nextLong();
        return value == (int) value ? (int) value : (int) fail(0);
    }

    /** @return the next part as a UUID, or {@code null} after a failed read */
    public UUID nextUuid() {
        String part = next();
        if (part == null || part.length() != 36) {
            return fail(null);
        }
        try {
            UUID value = UUID.fromString(part);
            // UUID.fromString accepts upper case; the builder writes lower case only.
            return value.toString().equals(part) ? value : fail(null);
        } catch (IllegalArgumentException notAUuid) {
            return fail(null);
        }
    }

    /** @return the next part as bytes (unpadded base64url), or {@code null} after a failed read */
    public byte[] nextBytes() {
        String part = next();
        if (part == null) {
            return fail(null);
        }
        try {
            byte[] value = BASE64URL.decode(part);
            return BASE64URL_OUT.encodeToString(value).equals(part) ? value : fail(null);
        } catch (IllegalArgumentException notBase64) {
            return fail(null);
        }
    }

    /** @return the next part as a string (percent-decoded), or {@code null} after a failed read */
    public String nextString() {
        String part = next();
        if (part == null) {
            return fail(null);
        }
        String value = percentDecode(part);
        if (value == null) {
            return fail(null);
        }
        // Only the builder's own encoding of the value is accepted, e.g. "%41" (an encoded "A") is not.
        String again = EntityTag.builder().add(value).strong().opaque();
        return again.equals(part) ? value : fail(null);
    }

    /** @return whether every read succeeded and no part is left */
    public boolean atEnd() {
        return !failed && position > opaque.length();
    }

    private String next() {
        if (failed || position > opaque.length()) {
            failed = true;
            return null;
        }
        int dot = opaque.indexOf('.', position);
        int end = dot < 0 ? opaque.length() : dot;
        String part = opaque.substring(position, end);
        position = end + 1;
        return part;
    }

    private <T> T fail(T placeholder) {
        failed = true;
        return placeholder;
    }

    private long fail(long placeholder) {
        failed = true;
        return placeholder;
    }

    private static boolean isDecimal(String part) {
        int start = part.startsWith("-") ? 1 : 0;
        if (part.length() == start) {
            return false;
        }
        for (int i = start; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes {@code %XX} escapes as the builder wrote them: UTF-8 style sequences of one to four bytes, where a
     * three-byte sequence may also carry a lone surrogate. Returns {@code null} for anything else.
     */
    private static String percentDecode(String part) {
        StringBuilder out = new StringBuilder(part.length());
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int lead = hexByte(part, i);
            if (lead < 0) {
                return null;
            }
            int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : -1;
            if (length < 0) {
                return null;
            }
            int cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
            for (int k = 1; k < length; k++) {
                int continuation = hexByte(part, i + 3 * k);
                if (continuation < 0 || (continuation & 0xC0) != 0x80) {
                    return null;
                }
                cp = (cp << 6) | (continuation & 0x3F);
            }
            if (cp > Character.MAX_CODE_POINT) {
                return null;
            }
            out.appendCodePoint(cp);
            i += 3 * length;
        }
        return out.toString();
    }

    private static int hexByte(String s, int percent) {
        if (percent + 3 > s.length() || s.charAt(percent) != '%') {
            return -1;
        }
        int high = Character.digit(s.charAt(percent + 1), 16);
        int low = Character.digit(s.charAt(percent + 2), 16);
        return high < 0 || low < 0 ? -1 : (high << 4) | low;
    }
}
