package io.precondition.sample.clients;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Test only (property {@code clients.record=true}): records every request to {@code /pages/**} as it reached the app,
 * with the conditional headers it carried and the status the app finally answered, so that the real-client tests
 * can check from the server side what a proxy or a browser sent. It is ordered first, so that its response phase runs
 * last and sees the final status and headers.
 */
@ServerFilter("/pages/**")
@Requires(property = "clients.record", value = "true")
public class RequestRecorder implements Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** One request as the app saw it. */
    public record Seen(String method, String path, String ifNoneMatch, String ifMatch, String ifModifiedSince,
                       String acceptEncoding, int status, String etag, String contentEncoding) {
    }

    private final List<Seen> seen = new ArrayList<>();

    @ResponseFilter
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders h = request.getHeaders();
        Seen s = new Seen(request.getMethodName(), request.getPath(), h.get(HttpHeaders.IF_NONE_MATCH),
                h.get(HttpHeaders.IF_MATCH), h.get(HttpHeaders.IF_MODIFIED_SINCE), h.get(HttpHeaders.ACCEPT_ENCODING),
                response.code(), response.getHeaders().get(HttpHeaders.ETAG),
                response.getHeaders().get(HttpHeaders.CONTENT_ENCODING));
        synchronized (seen) {
            seen.add(s);
        }
    }

    /** The requests recorded so far for {@code path}, in order. */
    public List<Seen> requestsTo(String path) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.path().equals(path)).toList();
        }
    }
}
