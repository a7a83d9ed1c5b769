package io.precondition.micronaut.netty;

import io.micronaut.core.annotation.Internal;

/**
 * An {@code ETag} field value that Precondition set, stored in the response headers as this object rather than a
 * {@code String}: Netty keeps a header's {@code CharSequence} as it was given, so the channel handlers that see the
 * encoded response ({@link CodedETagChannelCustomizer}, {@link CodedETagCompressionStrategy}) can tell the library's
 * tags from the application's own, and code only the former. It reads as the plain field value everywhere else.
 *
 * @param value the field value, e.g. {@code "\"1f.3\""}
 * @param identityOnly whether the response must not be content-coded (HTTP/2, where no handler sees the final
 *     {@code Content-Encoding} before the headers are written, so a coded tag could not be given)
 */
@Internal
public record LibraryETag(String value, boolean identityOnly) implements CharSequence {

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
