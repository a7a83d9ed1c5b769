package io.precondition.client;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directives of the Cache-Control fields of one message (RFC 9111 §5.2), all lines read as one list. Directive
 * names are case-insensitive; an argument may be a token or a quoted string. A directive whose argument is invalid
 * stays present with that argument, so that {@link #maxAge()} can treat it as stale (§4.2.1).
 */
final class CacheControl {

    private final Map<String, String> directives;

    private CacheControl(Map<String, String> directives) {
        this.directives = directives;
    }

    /**
     * @param lines every Cache-Control line of the message
     * @return the directives
     */
    static CacheControl parse(List<String> lines) {
        Map<String, String> directives = new HashMap<>();
        for (String line : lines) {
            for (String part : splitOutsideQuotes(line)) {
                int eq = part.indexOf('=');
                String name = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String argument = eq < 0 ? "" : unquote(part.substring(eq + 1).trim());
                if (!name.isEmpty()) {
                    directives.putIfAbsent(name, argument);
                }
            }
        }
        return new CacheControl(directives);
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** @return no-store (§5.2.2.5, §5.2.1.5): never stored */
    boolean noStore() {
        return has("no-store");
    }

    /** @return no-cache (§5.2.2.4): stored, but revalidated before every use */
    boolean noCache() {
        return has("no-cache");
    }

    /**
     * @return max-age in seconds (§5.2.2.1); an invalid argument gives 0 (stale), an absent directive empty
     */
    Optional<Long> maxAge() {
        String argument = directives.get("max-age");
        if (argument == null) {
            return Optional.empty();
        }
        if (argument.isEmpty() || argument.length() > 10 || !argument.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(0L);
        }
        return Optional.of(Long.parseLong(argument));
    }

    private static List<String> splitOutsideQuotes(String line) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == ',' && !quoted) {
                parts.add(line.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(line.substring(start));
        return parts;
    }

    private static String unquote(String argument) {
        if (argument.length() >= 2 && argument.startsWith("\"") && argument.endsWith("\"")) {
            return argument.substring(1, argument.length() - 1);
        }
        return argument;
    }
}
