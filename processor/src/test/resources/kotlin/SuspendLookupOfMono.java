package test.kotlin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import kotlin.coroutines.Continuation;
import reactor.core.publisher.Mono;
import test.Entities;

/** A lookup {@code suspend fun pageVersion(slug: String): Mono<Entities.PageVersion>} as kapt's stub. */
@Controller("/mono")
public class SuspendLookupOfMono {

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public Entities.Page put(String slug) {
        return null;
    }

    public Object pageVersion(String slug, Continuation<? super Mono<Entities.PageVersion>> $completion) {
        return null;
    }
}
