package io.precondition.sample.support;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Adversarial values of If-Match / If-None-Match / If-Modified-Since / If-Unmodified-Since, for the fuzz tests. */
public final class ConditionalHeaderValues {
    /** The four conditional header fields of RFC 9110 §13.1. */
    public static final List<String> FIELDS =
            List.of("If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since");

    private ConditionalHeaderValues() {
    }

    private static final List<String> FRAGMENTS = List.of("\"", "W/", "W/\"", ",", ", ", "*", " ", "\t", "\"\"",
            "\"abc\"", "W/\"abc\"", "\\", "'", ";", "=", "é", "\u00ff", "日本", "\uD83D\uDE00", "\u0000", "\u0001",
            "\u001f", "\u007f", "GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994", "31 Feb", "99:99:99", "-", "0", "9999999999999999999", "%00", "\r\n ");

    /**
     * One adversarial value of a conditional header field: empty, long lists of tags, long values, mangled forms of
     * {@code currentTag} (weak, unquoted, unterminated, doubled...), dates around now in odd forms, or random
     * fragments (quotes, {@code W/}, commas, control characters, non-ASCII). Never {@code currentTag} itself.
     */
    public static String value(Random random, String currentTag) {
        switch (random.nextInt(10)) {
            case 0:
                return "";
            case 1: { // many tags, none current
                StringBuilder out = new StringBuilder();
                int n = 1 + random.nextInt(300);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",");
                    out.append(random.nextBoolean() ? "W/" : "").append("\"t").append(i).append('"');
                }
                return out.toString();
            }
            case 2: // long value
                return "\"" + "x".repeat(1 + random.nextInt(6000)) + (random.nextBoolean() ? "\"" : "");
            case 3: // mangled current tag: weak, unquoted, unterminated, doubled, prefixed
                String inner = currentTag.substring(1, currentTag.length() - 1);
                return List.of("W/" + currentTag, inner, "\"" + inner, inner + "\"", currentTag + currentTag,
                        currentTag + " " + currentTag, "x" + currentTag, currentTag + "x", "w/" + currentTag,
                        "W/ " + currentTag, "*" + currentTag, currentTag + ";q=1", "'" + inner + "'",
                        "\"" + inner + "\\\"").get(random.nextInt(14));
            case 4: // dates around the page's, in odd forms
                Instant t = Instant.now().plusSeconds(random.nextInt(200_000) - 100_000);
                String d = List.of(HttpDates.imfFixdate(t), HttpDates.rfc850(t), HttpDates.asctime(t), t.toString(),
                        String.valueOf(t.getEpochSecond())).get(random.nextInt(5));
                return random.nextBoolean() ? d : d.substring(0, random.nextInt(d.length() + 1));
            default: { // random fragments
                StringBuilder out = new StringBuilder();
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                }
                return out.toString();
            }
        }
    }

    /** A value that validly matches: a lone {@code *} (the page exists); the fuzzer never sends the bare tag. */
    public static boolean mayMatch(String value) {
        return value.strip().equals("*");
    }

}
