package io.precondition.sample.client;

import io.micronaut.serde.annotation.Serdeable;

/** The wiki's page JSON as a mutable bean: each answer of a read must be the caller's own copy. */
@Serdeable
public class EditablePage {

    private String slug;
    private String title;
    private String body;

    /** @return the page's key */
    public String getSlug() {
        return slug;
    }

    /** @param slug the page's key */
    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** @return the title */
    public String getTitle() {
        return title;
    }

    /** @param title the title */
    public void setTitle(String title) {
        this.title = title;
    }

    /** @return the text */
    public String getBody() {
        return body;
    }

    /** @param body the text */
    public void setBody(String body) {
        this.body = body;
    }
}
