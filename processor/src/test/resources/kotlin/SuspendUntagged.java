package test.kotlin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;
import kotlin.coroutines.Continuation;
import test.Entities;

/** A versioned {@code suspend fun get(slug: String): Entities.Untagged} as kapt's stub. */
@Controller("/untagged")
public class SuspendUntagged {

    @Get("/{slug}")
    @Versioned
    public Object get(String slug, Continuation<? super Entities.Untagged> $completion) {
        return null;
    }
}
