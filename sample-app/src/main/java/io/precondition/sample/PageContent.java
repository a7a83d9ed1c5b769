package io.precondition.sample;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The wiki's content rules: slug syntax, title and body limits. */
final class PageContent {

    /** The slug syntax of {@code /pages/{slug}}. */
    static final String SLUG = "[a-z0-9-]{1,64}";
    static final int MAX_TITLE_CODE_POINTS = 200;
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    private PageContent() {
    }

    static boolean isSlug(String slug) {
        return slug != null && SLUG_PATTERN.matcher(slug).matches();
    }

    /**
     * @throws HttpStatusException 400 for a missing, blank or too long title or a missing body, 413 for a body over
     *     1 MiB of UTF-8
     */
    static void check(String title, String body) {
        if (title == null || title.isBlank()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "title must be a non-blank string");
        }
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CODE_POINTS) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST,
                    "title must have at most " + MAX_TITLE_CODE_POINTS + " characters");
        }
        if (body == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "body must be a string");
        }
        // A UTF-8 byte count without encoding: at most 3 bytes per UTF-16 unit, so only long bodies need counting.
        if (body.length() * 3L > MAX_BODY_BYTES && utf8Length(body) > MAX_BODY_BYTES) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "body must be at most " + MAX_BODY_BYTES + " bytes of UTF-8");
        }
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
