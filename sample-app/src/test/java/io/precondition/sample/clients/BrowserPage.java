package io.precondition.sample.clients;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

/**
 * Test only: a page whose script reads {@code /pages/<slug>} twice with {@code fetch} and the browser's default
 * cache mode, so the second read is the browser's own revalidation of the first (the app sends
 * {@code Cache-Control: no-cache}). The outcome is {@code window.result}.
 */
@Controller("/it")
@Requires(property = "clients.record", value = "true")
public class BrowserPage {

    @Get("/browser.html")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return """
                <!doctype html><html><head><title>revalidate</title></head><body><script>
                window.result = (async () => {
                  const slug = new URLSearchParams(location.search).get('slug');
                  const first = await fetch('/pages/' + slug);
                  const firstText = await first.text();
                  const second = await fetch('/pages/' + slug);
                  const secondText = await second.text();
                  return { first: first.status, second: second.status, sameBody: firstText === secondText,
                           etag: second.headers.get('ETag'), title: JSON.parse(secondText).title };
                })();
                </script></body></html>
                """;
    }
}
