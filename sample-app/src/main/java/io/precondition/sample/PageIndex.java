package io.precondition.sample;

import io.micronaut.core.annotation.Nullable;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;

/**
 * The page list: a {@code List<PageSummary>}, so that serde sends it as a plain JSON array and micronaut-openapi
 * documents it as one, with its validators beside the elements. Its weak entity tag is derived from the pages' tags in
 * slug order, so it changes on every create, write and delete; its Last-Modified is the time of the latest write to
 * any page, which a delete moves forward too (a maximum over the remaining pages would not).
 *
 * <p>The type declares no fields, and its state lives in a private subclass: micronaut-openapi documents a
 * {@code List} subtype that declares fields of its own as an object of those fields.
 */
public abstract class PageIndex extends AbstractList<PageSummary> {

    private PageIndex() {
    }

    /**
     * @param pages the pages, sorted by slug in code-point order
     * @param modifiedAt the latest write to any page, or {@code null} when none was ever written
     * @return the list
     */
    static PageIndex of(List<PageSummary> pages, @Nullable Instant modifiedAt) {
        return new Stored(List.copyOf(pages), modifiedAt);
    }

    /** @return the pages, sorted by slug in code-point order: the source of the list's weak entity tag */
    @ETagSource
    public abstract List<PageSummary> pages();

    /** @return the latest write to any page, or {@code null} when none was ever written */
    @LastModified
    public abstract @Nullable Instant modifiedAt();

    @Override
    public PageSummary get(int index) {
        return pages().get(index);
    }

    @Override
    public int size() {
        return pages().size();
    }

    /** The list as read in one transaction. */
    private static final class Stored extends PageIndex {
        private final List<PageSummary> pages;
        private final @Nullable Instant modifiedAt;

        Stored(List<PageSummary> pages, @Nullable Instant modifiedAt) {
            this.pages = pages;
            this.modifiedAt = modifiedAt;
        }

        @Override
        public List<PageSummary> pages() {
            return pages;
        }

        @Override
        public @Nullable Instant modifiedAt() {
            return modifiedAt;
        }
    }
}
