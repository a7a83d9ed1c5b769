package io.precondition.sample.it.threads;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Runs conditional requests against one test controller and asserts where its lookup and handler ran. */
final class LookupThreads {

    private LookupThreads() {
    }

    /**
     * A PUT that creates, a GET revalidated to 304 and a PUT with If-Match: each runs the controller's lookup, and no
     * lookup (nor handler) may have run on a Netty event-loop thread.
     */
    static void assertLookupsOffTheEventLoop(DocClient client, DocStore store, String base, String controller) {
        for (String thread : lookupsWhereHandlersRun(client, store, base, controller)) {
            assertFalse(isEventLoop(thread), controller + " ran its lookup or handler on the event loop: " + thread);
        }
    }

    /**
     * Runs the three requests and asserts that each lookup ran where the handlers ran: all on event-loop threads, or
     * none.
     *
     * @return the threads of the lookups and handlers
     */
    static List<String> lookupsWhereHandlersRun(DocClient client, DocStore store, String base, String controller) {
        String path = base + "/" + DocClient.newId();
        int lookupsBefore = store.threads(controller + ".lookup").size();
        int handlersBefore = store.threads(controller + ".handler").size();
        HttpResponse<String> created = client.put(path, "one");
        assertEquals(200, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        // RFC 9110 §13.1.2: If-None-Match with the current tag -> 304, decided by the lookup before the handler.
        assertEquals(304, client.get(path, "If-None-Match", etag).statusCode());
        // RFC 9110 §13.1.1: If-Match with the current tag -> the write proceeds.
        HttpResponse<String> written = client.put(path, "two", "If-Match", etag);
        assertEquals(200, written.statusCode(), written.body());

        List<String> lookups = store.threads(controller + ".lookup");
        lookups = lookups.subList(lookupsBefore, lookups.size());
        List<String> handlers = store.threads(controller + ".handler");
        handlers = handlers.subList(handlersBefore, handlers.size());
        System.out.println(controller + ": lookups ran on " + lookups + ", handlers on " + handlers);
        assertEquals(3, lookups.size(), lookups::toString);
        assertEquals(2, handlers.size(), handlers::toString);
        boolean handlerOnLoop = isEventLoop(handlers.get(0));
        List<String> all = new ArrayList<>(lookups);
        all.addAll(handlers);
        for (String thread : all) {
            assertEquals(handlerOnLoop, isEventLoop(thread), controller + ": a lookup ran elsewhere than its handler: "
                    + lookups + " against " + handlers);
        }
        return all;
    }

    /** Netty's event-loop threads in Micronaut are named like {@code default-nioEventLoopGroup-1-3}. */
    static boolean isEventLoop(String thread) {
        return thread.toLowerCase(Locale.ROOT).contains("eventloop");
    }
}
