package io.precondition.sample;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An expected 412 is no error: a write refused by the database's version check (a stale If-Match on the sample's PUT,
 * which skips its lookup) is answered without Micronaut's ERROR log and stack trace.
 */
@MicronautTest(transactional = false)
class ExpectedConflictLogTest extends WikiTestBase {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(events);
    }

    @Test
    @DisplayName("a stale If-Match refused by the guarded UPDATE: 412 that says so, and nothing logged at ERROR (RFC 9110 §13.1.1)")
    void staleIfMatchRefusedByTheDatabaseLogsNoError() {
        String slug = slug("stale-log");
        create(slug);
        String old = wiki.current(slug).etag();
        assertEquals(200, wiki.replace(slug, old, "second", "b").status());
        Reply before = wiki.current(slug);
        events.list.clear();

        Reply stale = wiki.put(slug, Json.page(slug, "third", "c"), "If-Match", old);

        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.text().contains("not in the state it names"), stale::toString);
        List<String> errors = events.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).collect(Collectors.toList());
        assertEquals(List.of(), errors);
        WikiAssertions.assertUnchanged(wiki, slug, before);
    }
}
