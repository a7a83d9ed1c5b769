package test.kotlin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import kotlin.coroutines.Continuation;
import test.Entities;

import java.util.concurrent.Future;

/** A versioned {@code suspend fun get(slug: String): Future<Entities.Page>} as kapt's stub. */
@Controller("/future")
public class SuspendFuture {

    @Get("/{slug}")
    @Versioned
    public Object futureGet(String slug, Continuation<? super Future<Entities.Page>> $completion) {
        return null;
    }
}
