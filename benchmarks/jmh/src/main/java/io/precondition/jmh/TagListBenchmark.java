package io.precondition.jmh;

import io.precondition.http.EntityTag;
import io.precondition.http.EntityTagList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.UUID;

/**
 * Scanning an If-None-Match list of 1, 10 and 64 tags (64 is {@link EntityTagList#MAX_TAGS}) for a tag it does not
 * hold, so the whole list is read: wrapping the header line ({@code of}) and one query ({@code weakMatch}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TagListBenchmark {

    /** Tags in the header. */
    @Param({"1", "10", "64"})
    public int tags;

    private List<String> lines;
    private EntityTag absent;
    private EntityTag last;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder();
        EntityTag tag = null;
        for (int i = 0; i < tags; i++) {
            tag = EntityTag.builder().add(new UUID(i, 42L * i)).add(i).strong();
            sb.append(i == 0 ? "" : ", ").append(tag);
        }
        lines = List.of(sb.toString());
        last = tag;
        absent = EntityTag.builder().add(new UUID(-1, -1)).add(7).strong();
    }

    /** @return whether the list matched a tag it does not hold (false): the whole list scanned */
    @Benchmark
    public boolean scanMiss() {
        return EntityTagList.of(lines).weakMatch(absent);
    }

    /** @return whether the list matched its last tag (true) */
    @Benchmark
    public boolean scanHitLast() {
        return EntityTagList.of(lines).weakMatch(last);
    }
}
