package io.precondition.security;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

/**
 * A response with how often a lookup and handler work ran in {@link DocumentStore} while it was produced (the
 * tests of a class send one request at a time, so the difference is that request's own).
 *
 * @param response the response
 * @param lookups lookup calls during the request
 * @param handlerRuns handler calls during the request
 */
record Counted(HttpResponse<String> response, int lookups, int handlerRuns) {

    static Counted during(DocumentStore store, Supplier<HttpResponse<String>> request) {
        int lookupsBefore = store.lookups();
        int handlerRunsBefore = store.handlerCalls();
        HttpResponse<String> response = request.get();
        return new Counted(response, store.lookups() - lookupsBefore, store.handlerCalls() - handlerRunsBefore);
    }

    int status() {
        return response.statusCode();
    }

    boolean hasETag() {
        return response.headers().firstValue("ETag").isPresent();
    }
}
