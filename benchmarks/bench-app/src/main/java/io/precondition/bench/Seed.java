package io.precondition.bench;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

/**
 * Seeds the pages the benchmark reads and writes: {@code p1k} and {@code p64k} (bodies of 1 KiB and 64 KiB) and
 * {@code w0..w255} (1 KiB bodies, written by the PUT variants, one page per connection).
 */
@Singleton
public class Seed {

    /** Pages for the write variants. */
    public static final int WRITE_PAGES = 256;

    private final PageRepository pages;

    Seed(PageRepository pages) {
        this.pages = pages;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (pages.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        pages.save(new Page(UUID.randomUUID(), null, "p1k", "One kilobyte", text(1024), now));
        pages.save(new Page(UUID.randomUUID(), null, "p64k", "Sixty-four kilobytes", text(64 * 1024), now));
        for (int i = 0; i < WRITE_PAGES; i++) {
            pages.save(new Page(UUID.randomUUID(), null, "w" + i, "Written", text(1024), now));
        }
    }

    /**
     * @param size the length in characters
     * @return ASCII text of that length
     */
    public static String text(int size) {
        StringBuilder sb = new StringBuilder(size);
        String words = "The quick brown fox jumps over the lazy dog. ";
        while (sb.length() < size) {
            sb.append(words, 0, Math.min(words.length(), size - sb.length()));
        }
        return sb.toString();
    }
}
