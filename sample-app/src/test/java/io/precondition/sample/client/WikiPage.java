package io.precondition.sample.client;

import io.micronaut.serde.annotation.Serdeable;

/** The wiki's page JSON as a client sees it (wiki-api.md: slug, title, body). */
@Serdeable
public record WikiPage(String slug, String title, String body) {

    /** @return this page with another title */
    public WikiPage withTitle(String newTitle) {
        return new WikiPage(slug, newTitle, body);
    }
}
