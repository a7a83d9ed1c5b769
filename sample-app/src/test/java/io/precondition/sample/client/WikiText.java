package io.precondition.sample.client;

import java.util.List;
import java.util.Random;

/**
 * Wiki-like text of a given length from a fixed seed, for the client benchmark: sentences of common words with commas,
 * quotes, a few non-ASCII words, headings and paragraphs, so that its JSON has the escapes and multi-byte characters
 * of a real page (a page of one repeated letter has none of them).
 */
final class WikiText {

    private static final List<String> WORDS = List.of("the", "page", "version", "cache", "server", "client", "a",
            "of", "and", "to", "in", "is", "that", "for", "with", "request", "response", "header", "tag", "date",
            "write", "read", "conflict", "lost", "update", "resource", "representation", "validator", "strong",
            "weak", "origin", "proxy", "stale", "fresh", "store", "field", "method", "status", "body", "time",
            "café", "naïve", "Zürich", "façade", "résumé", "über", "déjà", "vu", "日本", "Ωmega");

    private WikiText() {
    }

    /** @return exactly {@code length} characters of text generated from {@code seed} */
    static String generate(long seed, int length) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            if (random.nextInt(12) == 0) {
                text.append("## ").append(capitalized(word(random))).append(' ').append(word(random)).append("\n\n");
            }
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                sentence(random, text);
            }
            text.append("\n\n");
        }
        return text.substring(0, length);
    }

    private static void sentence(Random random, StringBuilder text) {
        int words = 6 + random.nextInt(13);
        for (int w = 0; w < words; w++) {
            String word = w == 0 ? capitalized(word(random)) : word(random);
            switch (random.nextInt(20)) {
                case 0 -> text.append('"').append(word).append('"');
                case 1 -> text.append('`').append(word).append('`');
                case 2 -> text.append(word).append(',');
                case 3 -> text.append(word).append(" \u2014");
                default -> text.append(word);
            }
            text.append(w == words - 1 ? ". " : " ");
        }
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
