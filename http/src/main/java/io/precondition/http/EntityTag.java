package io.precondition.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An entity tag, RFC 9110 §8.8.3: an opaque validator, either strong ({@code "x"}) or weak
 * ({@code W/"x"}).
 *
 * <pre>
 *   entity-tag = [ weak ] opaque-tag
 *   weak       = %s"W/"
 *   opaque-tag = DQUOTE *etagc DQUOTE
 *   etagc      = %x21 / %x23-7E / obs-text
 * </pre>
 *
 * <p>The opaque part may contain a comma ({@code "a,b"} is one tag) but never a double quote, a space or
 * a control character. Instances are immutable; two tags are {@link #equals equal} when they have the same
 * opaque part and the same weakness. Use {@link #strongMatch} for If-Match and {@link #weakMatch} for
 * If-None-Match (RFC 9110 §8.8.3.2).
 */
public final class EntityTag {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String opaque;
    private final boolean weak;
    private String header; // lazily computed header form; benign race (String is immutable)

    private EntityTag(String opaque, boolean weak) {
        this.opaque = opaque;
        this.weak = weak;
    }

    /**
     * Creates a strong entity tag.
     *
     * @param opaque the characters between the double quotes, e.g. {@code 42} for {@code "42"}; may be empty
     * @return the strong tag
     * @throws IllegalArgumentException if a character is not an {@code etagc} (%x21 / %x23-7E / %x80-FF)
     * @throws NullPointerException if {@code opaque} is null
     */
    public static EntityTag strong(String opaque) {
        return new EntityTag(checkOpaque(opaque), false);
    }

    /**
     * Creates a weak entity tag.
     *
     * @param opaque the characters between the double quotes, e.g. {@code 42} for {@code W/"42"}; may be empty
     * @return the weak tag
     * @throws IllegalArgumentException if a character is not an {@code etagc} (%x21 / %x23-7E / %x80-FF)
     * @throws NullPointerException if {@code opaque} is null
     */
    public static EntityTag weak(String opaque) {
        return new EntityTag(checkOpaque(opaque), true);
    }

    /**
     * Creates a strong entity tag from a number, e.g. a row version: {@code strong(7)} is {@code "7"}.
     * Same as {@code builder().add(value).strong()}.
     *
     * @param value the number, written in decimal
     * @return the strong tag
     */
    public static EntityTag strong(long value) {
        return new EntityTag(Long.toString(value), false);
    }

    /**
     * Creates a weak entity tag from a number: {@code weak(7)} is {@code W/"7"}.
     * Same as {@code builder().add(value).weak()}.
     *
     * @param value the number, written in decimal
     * @return the weak tag
     */
    public static EntityTag weak(long value) {
        return new EntityTag(Long.toString(value), true);
    }

    /**
     * Parses a single entity tag, as in an ETag field value: {@code "x"} or {@code W/"x"}. The prefix
     * {@code W/} is case-sensitive; optional whitespace (SP / HTAB) around the tag is allowed. Never throws.
     *
     * @param headerValue the field value; null gives an empty result
     * @return the tag, or empty if the value is not exactly one well-formed entity tag
     */
    public static Optional<EntityTag> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        int start = 0;
        int end = headerValue.length();
        while (start < end && isOws(headerValue.charAt(start))) {
            start++;
        }
        while (end > start && isOws(headerValue.charAt(end - 1))) {
            end--;
        }
        boolean weak = false;
        if (end - start >= 2 && headerValue.charAt(start) == 'W' && headerValue.charAt(start + 1) == '/') {
            weak = true;
            start += 2;
        }
        if (end - start < 2 || headerValue.charAt(start) != '"' || headerValue.charAt(end - 1) != '"') {
            return Optional.empty();
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (!isEtagc(headerValue.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new EntityTag(headerValue.substring(start + 1, end - 1), weak));
    }

    /**
     * Returns the opaque part, the characters between the double quotes.
     *
     * @return the opaque part, never null
     */
    public String opaque() {
        return opaque;
    }

    /**
     * Tells whether this tag is weak ({@code W/"x"}).
     *
     * @return true for a weak tag
     */
    public boolean isWeak() {
        return weak;
    }

    /**
     * Strong comparison, RFC 9110 §8.8.3.2: both tags are strong and their opaque parts are identical.
     * A weak tag never strong-matches, not even itself.
     *
     * @param other the tag to compare with
     * @return true if the tags match strongly
     */
    public boolean strongMatch(EntityTag other) {
        return !weak && !other.weak && opaque.equals(other.opaque);
    }

    /**
     * Weak comparison, RFC 9110 §8.8.3.2: the opaque parts are identical, whether either tag is weak or not.
     *
     * @param other the tag to compare with
     * @return true if the tags match weakly
     */
    public boolean weakMatch(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    /**
     * Returns the header form of this tag: {@code "x"} or {@code W/"x"}, ready for an ETag field.
     *
     * @return the header form
     */
    @Override
    public String toString() {
        String h = header;
        if (h == null) {
            h = (weak ? "W/\"" : "\"") + opaque + '"';
            header = h;
        }
        return h;
    }

    /**
     * Two tags are equal when they have the same opaque part and the same weakness (this is neither
     * strong nor weak comparison; use {@link #strongMatch} and {@link #weakMatch} for preconditions).
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EntityTag && ((EntityTag) o).weak == weak && ((EntityTag) o).opaque.equals(opaque);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return opaque.hashCode() * 31 + (weak ? 1 : 0);
    }

    /**
     * Starts building an opaque tag from validator parts, e.g.
     * {@code EntityTag.builder().add(page.getId()).add(page.getVersion()).strong()} gives {@code "12.3"}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A weak tag that digests a sequence of tags, for a collection's representation:
     * {@code W/"<base64url, unpadded, of the first 16 bytes of SHA-256 over each element's toString()
     * followed by '\n', in iteration order>"}. The element strings are hashed as ISO-8859-1 bytes (every
     * {@code etagc} is in that range). The result depends only on the elements and their order, so it is the
     * same on every JVM; changing, adding, removing or reordering elements changes it.
     *
     * @param elements the tags of the collection's members, in the order of the representation
     * @return the weak digest tag (22 opaque characters)
     */
    public static EntityTag weakDigest(Iterable<EntityTag> elements) {
        MessageDigest sha256 = sha256();
        for (EntityTag element : elements) {
            sha256.update(element.toString().getBytes(StandardCharsets.ISO_8859_1));
            sha256.update((byte) '\n');
        }
        byte[] digest = Arrays.copyOf(sha256.digest(), 16);
        return new EntityTag(BASE64URL.encodeToString(digest), true);
    }

    /**
     * Returns a tag of the same strength whose opaque part is a digest of this one's: the first 16 bytes of
     * SHA-256 over the opaque part's bytes, in unpadded base64url (22 characters). Equal tags give equal digests,
     * so comparisons keep their meaning, while the parts (ids, versions) are not shown to clients.
     *
     * @return the digest tag
     */
    public EntityTag digest() {
        byte[] digest = Arrays.copyOf(sha256().digest(opaque.getBytes(StandardCharsets.ISO_8859_1)), 16);
        return new EntityTag(BASE64URL.encodeToString(digest), weak);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /**
     * Builds an opaque tag from validator parts, joined with {@code '.'}. Each part is written so that it
     * never contains a {@code '.'}: numbers in decimal, UUIDs in canonical (lower-case) form, byte arrays in
     * unpadded base64url, and strings percent-encoded (UTF-8, upper-case hex) for every character outside
     * {@code [A-Za-z0-9_~-]}. The encoding is therefore injective for a given sequence of part types: two
     * builders that add the same types in the same order give the same tag iff they added equal values.
     * (Parts of different types may look alike, e.g. {@code add(5)} and {@code add("5")}.) A builder may be
     * used for both {@link #strong()} and {@link #weak()}.
     */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder(32);
        private int parts;

        private Builder() {
        }

        private StringBuilder next() {
            if (parts++ > 0) {
                sb.append('.');
            }
            return sb;
        }

        /**
         * Adds a number, in decimal (e.g. {@code -12}).
         *
         * @param v the number
         * @return this builder
         */
        public Builder add(long v) {
            next().append(v);
            return this;
        }

        /**
         * Adds a string, percent-encoding (UTF-8) every character outside {@code [A-Za-z0-9_~-]}, e.g.
         * {@code "a.b c"} becomes {@code a%2Eb%20c}. An unpaired surrogate is encoded as its own three UTF-8
         * style bytes, so the encoding stays injective for every Java string.
         *
         * @param s the string, not null
         * @return this builder
         */
        public Builder add(String s) {
            Objects.requireNonNull(s, "s");
            StringBuilder out = next();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (isUnreserved(cp)) {
                    out.append((char) cp);
                } else if (cp < 0x80) {
                    percent(out, cp);
                } else if (cp < 0x800) {
                    percent(out, 0xC0 | (cp >> 6));
                    percent(out, 0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    percent(out, 0xE0 | (cp >> 12));
                    percent(out, 0x80 | ((cp >> 6) & 0x3F));
                    percent(out, 0x80 | (cp & 0x3F));
                } else {
                    percent(out, 0xF0 | (cp >> 18));
                    percent(out, 0x80 | ((cp >> 12) & 0x3F));
                    percent(out, 0x80 | ((cp >> 6) & 0x3F));
                    percent(out, 0x80 | (cp & 0x3F));
                }
            }
            return this;
        }

        /**
         * Adds a UUID in canonical form (36 characters, lower-case hex).
         *
         * @param u the UUID, not null
         * @return this builder
         */
        public Builder add(UUID u) {
            next().append(u.toString());
            return this;
        }

        /**
         * Adds bytes, e.g. a content hash, in base64url without padding.
         *
         * @param hash the bytes, not null
         * @return this builder
         */
        public Builder add(byte[] hash) {
            next().append(BASE64URL.encodeToString(hash));
            return this;
        }

        /**
         * Returns the strong tag of the parts added so far.
         *
         * @return the strong tag
         * @throws IllegalStateException if no part was added
         */
        public EntityTag strong() {
            return new EntityTag(opaque(), false);
        }

        /**
         * Returns the weak tag of the parts added so far.
         *
         * @return the weak tag
         * @throws IllegalStateException if no part was added
         */
        public EntityTag weak() {
            return new EntityTag(opaque(), true);
        }

        private String opaque() {
            if (parts == 0) {
                throw new IllegalStateException("add at least one part before building an entity tag");
            }
            return sb.toString();
        }

        private static boolean isUnreserved(int c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '~' || c == '-';
        }

        private static void percent(StringBuilder out, int b) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    static boolean isEtagc(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }

    static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    /** Package-private: compares the opaque part with {@code s[start, end)} without allocating. */
    boolean opaqueEquals(String s, int start, int end) {
        return end - start == opaque.length() && s.regionMatches(start, opaque, 0, opaque.length());
    }

    private static String checkOpaque(String opaque) {
        Objects.requireNonNull(opaque, "opaque");
        for (int i = 0; i < opaque.length(); i++) {
            if (!isEtagc(opaque.charAt(i))) {
                throw new IllegalArgumentException("not an etagc (RFC 9110 §8.8.3) at index " + i
                    + ": U+" + String.format("%04X", (int) opaque.charAt(i)));
            }
        }
        return opaque;
    }
}
