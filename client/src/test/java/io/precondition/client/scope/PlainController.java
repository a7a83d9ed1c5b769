package io.precondition.client.scope;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;

/**
 * Server routes of {@link FilterScopeTest}: a GET whose 200 has an ETag and {@code max-age} (what the client's store
 * would keep and answer without a request) and a PUT that always answers 412 with problem+json. Every GET that
 * reaches it is recorded with its If-None-Match.
 */
@Controller("/plain")
@Requires(property = "filter-scope")
public class PlainController {

    /** The If-None-Match of every GET that reached the server ("-" when absent). */
    public static final List<String> GETS = new CopyOnWriteArrayList<>();

    @Get("/cached")
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> cached(@Nullable @Header("If-None-Match") String ifNoneMatch) {
        GETS.add(ifNoneMatch == null ? "-" : ifNoneMatch);
        if ("\"p1\"".equals(ifNoneMatch)) {
            return HttpResponse.<String>notModified().header("ETag", "\"p1\"").header("Cache-Control", "max-age=600");
        }
        return HttpResponse.ok("plain").header("ETag", "\"p1\"").header("Cache-Control", "max-age=600");
    }

    @Put("/refused")
    @Consumes(MediaType.TEXT_PLAIN)
    public HttpResponse<String> refused(@Body String text) {
        return HttpResponse.<String>status(HttpStatus.PRECONDITION_FAILED).header("ETag", "\"p1\"")
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body("{\"status\":412,\"title\":\"Precondition Failed\"}");
    }
}
