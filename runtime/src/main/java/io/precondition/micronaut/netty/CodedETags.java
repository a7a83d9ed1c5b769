package io.precondition.micronaut.netty;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entity tags of content-coded representations (RFC 9110 §8.8.3): a strong tag has to differ between the
 * identity representation and a content-coded one (e.g. gzip). When the server compresses a response, its strong
 * {@code "X"} is sent as {@code "X+gzip"} (the coding's name after a {@code +}, which {@link EntityTag.Builder}
 * never emits); a weak tag stays as it is. Both name the same resource state, so {@code If-Match} and
 * {@code If-None-Match} compare a listed {@code "X+gzip"} as {@code "X"}: a gzip client can revalidate (304) and
 * write ({@code If-Match}) with the tag it saw, and a stale coded tag still fails (412).
 */
@Internal
public final class CodedETags {

    /** Separates a strong tag's opaque part from the content coding's name. */
    public static final char SEPARATOR = '+';

    /** The content codings whose suffix is recognised in request fields (those Micronaut's Netty server applies). */
    public static final List<String> CODINGS = List.of("gzip", "deflate", "br", "zstd", "snappy", "x-gzip");

    private CodedETags() {
    }

    /**
     * @param etag an ETag field value
     * @param contentEncoding the response's Content-Encoding, or null
     * @return the field value to send: a strong tag with the coding's suffix when the response is content-coded with
     *     one of {@link #CODINGS}; otherwise {@code etag} unchanged (weak, identity, unknown or malformed)
     */
    public static String code(String etag, @Nullable String contentEncoding) {
        if (contentEncoding == null) {
            return etag;
        }
        String coding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (!CODINGS.contains(coding)) {
            return etag;
        }
        EntityTag tag = EntityTag.parse(etag).orElse(null);
        if (tag == null || tag.isWeak() || tag.opaque().endsWith(SEPARATOR + coding)) {
            return etag;
        }
        return EntityTag.strong(tag.opaque() + SEPARATOR + coding).toString();
    }

    /**
     * Removes the coding suffixes from the tags of an If-Match or If-None-Match field, so that the evaluation compares
     * resource states. Anything else (malformed input included) is kept as it is.
     *
     * @param lines the field's lines
     * @return the lines, unchanged (the same list) when no line has a {@value #SEPARATOR}
     */
    public static List<String> uncode(List<String> lines) {
        boolean any = false;
        for (String line : lines) {
            if (line.indexOf(SEPARATOR) >= 0) {
                any = true;
                break;
            }
        }
        if (!any) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.indexOf(SEPARATOR) >= 0 ? uncodeLine(line) : line);
        }
        return out;
    }

    private static String uncodeLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('"', i);
            int close = open < 0 ? -1 : line.indexOf('"', open + 1);
            if (close < 0) {
                out.append(line, i, line.length());
                break;
            }
            out.append(line, i, open + 1);
            out.append(line, open + 1, close - suffixLength(line, open + 1, close));
            out.append('"');
            i = close + 1;
        }
        return out.toString();
    }

    private static int suffixLength(String s, int start, int end) {
        for (String coding : CODINGS) {
            int n = coding.length() + 1;
            if (end - start > n && s.charAt(end - n) == SEPARATOR && s.regionMatches(true, end - coding.length(), coding, 0,
                    coding.length())) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The tag a 304 carries: the coded form of {@code current} when the request's If-None-Match listed that coded form
     * (the client holds the coded representation) and not the identity form.
     *
     * @param ifNoneMatch the request's If-None-Match lines
     * @param current the current strong or weak tag
     * @return the tag's field value for the 304
     */
    public static String forNotModified(List<String> ifNoneMatch, EntityTag current) {
        if (current.isWeak()) {
            return current.toString();
        }
        String identity = '"' + current.opaque() + '"';
        String coded = null;
        for (String line : ifNoneMatch) {
            if (line.contains(identity)) {
                return current.toString();
            }
            if (coded == null && line.indexOf(SEPARATOR) >= 0) {
                for (String coding : CODINGS) {
                    String candidate = '"' + current.opaque() + SEPARATOR + coding + '"';
                    if (line.contains(candidate)) {
                        coded = candidate;
                        break;
                    }
                }
            }
        }
        return coded != null ? coded : current.toString();
    }
}
