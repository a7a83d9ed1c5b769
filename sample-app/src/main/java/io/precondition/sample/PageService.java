package io.precondition.sample;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The wiki's writes, each one transaction: the page write (checked against the version that passed the
 * preconditions) and the move of the list's Last-Modified commit together or not at all.
 */
@Singleton
public class PageService {

    private final PageRepository pages;
    private final WikiStateRepository state;

    PageService(PageRepository pages, WikiStateRepository state) {
        this.pages = pages;
        this.state = state;
    }

    /**
     * @param page the new page
     * @return the stored page; a concurrent create of the same slug fails on its unique key (412)
     */
    @Transactional
    public Page create(Page page) {
        Page saved = pages.save(page);
        state.touch(saved.updatedAt());
        return saved;
    }

    /**
     * Replaces a page's title and body, if the page at {@code slug} is still in the checked state. The state may
     * come from the lookup or straight from the request's {@code If-Match} tag (the controller skips the lookup for
     * a single strong {@code If-Match}), so the write is keyed by the slug as well as by the tag's parts.
     *
     * @param slug the page's key
     * @param checked the state whose preconditions passed
     * @param title the new title
     * @param body the new text
     * @return the stored page, with its new version; {@code OptimisticLockException} (412) if the page is not in the
     *     checked state (another write came first, it was deleted, or the tag is another page's)
     */
    @Transactional
    public Page replace(String slug, PageVersion checked, String title, String body) {
        // The database keeps microseconds; so does the returned page, as if it had been read back.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (pages.replaceChecked(slug, checked.id(), checked.version(), title, body, now) == 0) {
            throw new OptimisticLockException("page " + slug + " is not in the checked state " + checked);
        }
        state.touch(now);
        return new Page(checked.id(), checked.version() + 1, slug, title, body, now);
    }

    /**
     * @param checked the state whose preconditions passed
     * @param change the change to apply to the page's current content
     * @return the stored page
     */
    @Transactional
    public Page patch(PageVersion checked, UnaryOperator<Page> change) {
        Page current = pages.findById(checked.id())
                .filter(page -> page.version() == checked.version())
                .orElseThrow(() -> new OptimisticLockException("page " + checked.id() + " changed"));
        Page updated = pages.update(change.apply(current));
        state.touch(updated.updatedAt());
        return updated;
    }

    /**
     * @param checked the state whose preconditions passed
     */
    @Transactional
    public void delete(PageVersion checked) {
        pages.delete(new Page(checked.id(), checked.version(), null, null, null, null));
        state.touch(Instant.now());
    }

    /** @return every page, sorted by slug in code-point order, with the time of the latest write */
    @Transactional(readOnly = true)
    public PageIndex index() {
        List<PageSummary> list = new java.util.ArrayList<>(pages.list());
        // Slugs are ASCII, where String order is code-point order; no database collation is involved.
        list.sort(Comparator.comparing(PageSummary::slug));
        return PageIndex.of(list, state.findById(1).map(WikiState::modifiedAt).orElse(null));
    }
}
