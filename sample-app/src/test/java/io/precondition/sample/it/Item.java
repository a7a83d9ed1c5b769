package io.precondition.sample.it;

import io.micronaut.serde.annotation.Serdeable;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;

import java.time.LocalDateTime;

/**
 * A POJO with getters (not a record, not a Micronaut Data entity): a String and a long make its tag, and a
 * {@code LocalDateTime} read in UTC its Last-Modified.
 */
@Serdeable
public class Item {
    private final String id;
    private final long revision;
    private final String name;
    private final LocalDateTime changed;

    public Item(String id, long revision, String name, LocalDateTime changed) {
        this.id = id;
        this.revision = revision;
        this.name = name;
        this.changed = changed;
    }

    @ETagSource
    public String getId() {
        return id;
    }

    @ETagSource
    public long getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    @LastModified(zone = "UTC")
    public LocalDateTime getChanged() {
        return changed;
    }
}
