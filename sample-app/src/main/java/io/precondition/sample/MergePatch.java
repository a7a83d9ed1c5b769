package io.precondition.sample;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON merge patch (RFC 7396) of a page's title and body. A member that is absent keeps its value; a string replaces
 * it; {@code null} would remove it, which leaves the page without a required field (400), and any other JSON value is
 * not a page field (400, never converted). Other members are ignored, except a {@code slug} that differs from the
 * path (400).
 */
@Singleton
public class MergePatch {

    private final JsonMapper json;

    MergePatch(JsonMapper json) {
        this.json = json;
    }

    /** What a patch changes: the new title and body, {@code null} where the page keeps its own. */
    record Change(String title, String body) {
        Page applyTo(Page page) {
            return new Page(page.id(), page.version(), page.slug(),
                    title == null ? page.title() : title,
                    body == null ? page.body() : body, page.updatedAt());
        }
    }

    Change parse(String document, String slug) {
        if (document == null || document.isBlank()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "the merge patch is empty");
        }
        JsonNode patch;
        try {
            patch = json.readValue(document.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "the merge patch is not valid JSON");
        }
        if (patch == null || !patch.isObject()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST,
                    "a merge patch of a page must be a JSON object (RFC 7396 §2)");
        }
        JsonNode patchedSlug = patch.get("slug");
        if (patchedSlug != null && !(patchedSlug.isString() && patchedSlug.getStringValue().equals(slug))) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "the patch's slug must equal the path's slug");
        }
        return new Change(member(patch, "title"), member(patch, "body"));
    }

    /** The member's new value, or {@code null} when the patch leaves it out. */
    private static String member(JsonNode patch, String name) {
        JsonNode value = patch.get(name);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, name + " must be a JSON string, not null: null "
                    + "removes a member (RFC 7396 §2), and a page cannot be without its " + name);
        }
        if (!value.isString()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, name + " must be a JSON string, not "
                    + JsonStringDeserializer.kindOf(value));
        }
        return value.getStringValue();
    }
}
