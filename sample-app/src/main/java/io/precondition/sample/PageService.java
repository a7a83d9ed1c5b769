package io.precondition.sample;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
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
     * @param page the replacement, carrying the checked id and version
     * @return the stored page, with its new version; {@code OptimisticLockException} (412) if another write came
     *     first
     */
    @Transactional
    public Page replace(Page page) {
        Page updated = pages.update(page);
        state.touch(updated.updatedAt());
        return updated;
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
        return replace(change.apply(current));
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
        return new PageIndex(list, state.findById(1).map(WikiState::modifiedAt).orElse(null));
    }
}
