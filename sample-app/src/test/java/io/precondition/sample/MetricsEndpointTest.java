package io.precondition.sample;

import static io.precondition.sample.WikiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.precondition.sample.support.Json;
import io.precondition.sample.support.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample serves the library's counters at {@code /metrics/precondition.responses}: every 304, 412 and 428 the
 * library answers is counted per handler and status.
 */
@MicronautTest(transactional = false)
class MetricsEndpointTest extends WikiTestBase {

    private double count(String handler, String status) {
        Reply reply = wiki.get("/metrics/precondition.responses?tag=handler:" + handler + "&tag=status:" + status);
        if (reply.status() == 404) {
            return 0; // no such answer yet: Micronaut has no meter with these tags
        }
        assertStatus(200, reply);
        for (Object measurement : (List<?>) reply.jsonObject().get("measurements")) {
            Map<?, ?> m = (Map<?, ?>) measurement;
            if ("COUNT".equals(m.get("statistic"))) {
                return ((Number) m.get("value")).doubleValue();
            }
        }
        throw new AssertionError("no COUNT in " + reply);
    }

    @Test
    void notModifiedPreconditionFailedAndRequiredAreCountedPerHandler() {
        String slug = slug("metrics");
        Reply created = create(slug);
        double notModified = count("PageController.get", "304");
        double failed = count("PageController.patch", "412");
        double required = count("PageController.delete", "428");

        // RFC 9110 §13.1.2 (304), §13.1.1 (412), RFC 6585 §3 (428), each answered by the library.
        assertStatus(304, wiki.getPage(slug, "If-None-Match", created.etag()));
        assertStatus(412, wiki.patch(slug, "application/merge-patch+json", Json.object("title", "t"),
                "If-Match", "\"stale\""));
        assertStatus(428, wiki.delete(slug));

        assertEquals(notModified + 1, count("PageController.get", "304"));
        assertEquals(failed + 1, count("PageController.patch", "412"));
        assertEquals(required + 1, count("PageController.delete", "428"));
    }

    @Test
    void nothingElseOfTheManagementEndpointsIsExposed() {
        assertEquals(404, wiki.get("/health").status());
        assertEquals(404, wiki.get("/beans").status());
    }
}
