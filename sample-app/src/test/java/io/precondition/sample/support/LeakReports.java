package io.precondition.sample.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects the leaks Netty's {@link ResourceLeakDetector} reports: it logs each one as an error ({@code LEAK: ...
 * release() was not called before it's garbage-collected}) on the logger {@code io.netty.util.ResourceLeakDetector},
 * for every detector (pooled {@code ByteBuf}s, Micronaut's shared request bodies). A detector reports a leak only when
 * the leaked object has been garbage-collected and that detector next tracks an object, so {@link #collectGarbage}
 * runs the collector and the caller then makes the server allocate (send requests) before reading {@link #reports}.
 */
public final class LeakReports implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
    private final List<String> reports = new ArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getFormattedMessage().contains("LEAK:")) {
                synchronized (reports) {
                    reports.add(event.getFormattedMessage());
                }
            }
        }
    };

    /** Starts collecting. */
    public LeakReports() {
        appender.setName("leak-reports");
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    /** @return the leak reports collected since the start or the last {@link #clear()} */
    public List<String> reports() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }

    /** Forgets the reports collected so far. */
    public void clear() {
        synchronized (reports) {
            reports.clear();
        }
    }

    /**
     * Runs the garbage collector, gives the reference handler time to enqueue what it found, and makes the
     * {@code ByteBuf} detector look at its queue (by tracking one buffer of the pooled allocator, released at once).
     * Other detectors look at theirs the next time they track an object.
     *
     * @throws InterruptedException when interrupted while waiting for the reference handler
     */
    public static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        ByteBuf probe = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        probe.release();
    }

    /**
     * Leaves a tracked buffer unreleased on purpose, for a test that the detector and this collector see leaks.
     */
    public static void leakOneBuffer() {
        ByteBuf leaked = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        leaked.writeInt(42);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
