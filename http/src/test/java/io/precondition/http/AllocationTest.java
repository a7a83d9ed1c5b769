package io.precondition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's decision for entity-tag fields allocates nothing: measured with the JVM's per-thread
 * allocation counter (a byte count, not a time).
 */
class AllocationTest {

    @Test
    void tagDecisionsDoNotAllocate() {
        var mx = ManagementFactory.getThreadMXBean();
        assumeTrue(mx instanceof com.sun.management.ThreadMXBean);
        var threads = (com.sun.management.ThreadMXBean) mx;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        Validators current = Validators.of(EntityTag.strong("v42"), Instant.parse("2024-01-01T00:00:00Z"));
        Conditionals get304 = Conditionals.of(List.of(), List.of("\"v42\""), List.of(), List.of());
        Conditionals putOk = Conditionals.of(List.of(" \"v41\", \"v42\""), List.of(), List.of(), List.of());
        Conditionals put412 = Conditionals.of(List.of("W/\"v42\""), List.of(), List.of(), List.of());
        Conditionals none = Conditionals.NONE;

        int sink = 0;
        for (int i = 0; i < 20_000; i++) { // warm up: class loading, interpreter, JIT
            sink += run(current, get304, putOk, put412, none);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            sink += run(current, get304, putOk, put412, none);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(100_000 * 4, sink - 20_000 * 4, "every decision ran and was as expected");
        // 400,000 decisions: even one 16-byte object each would be 6.4 MB; allow noise from the counter itself.
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes");
    }

    private static int run(Validators current, Conditionals get304, Conditionals putOk, Conditionals put412,
                           Conditionals none) {
        int ok = 0;
        ok += PreconditionEvaluator.evaluate(true, get304, current) == Decision.NOT_MODIFIED ? 1 : 0;
        ok += PreconditionEvaluator.evaluateWrite(putOk, current, true) == Decision.PROCEED ? 1 : 0;
        ok += PreconditionEvaluator.evaluate(false, put412, current) == Decision.PRECONDITION_FAILED ? 1 : 0;
        ok += PreconditionEvaluator.evaluate(true, none, current) == Decision.PROCEED ? 1 : 0;
        return ok;
    }
}
