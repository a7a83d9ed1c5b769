package test.kotlin;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;
import kotlin.Unit;
import kotlin.coroutines.Continuation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What kapt's stub of this Kotlin controller looks like to javac (a suspend fun returns Object and takes a trailing
 * {@code Continuation<? super T>}; a data class with {@code @field:Version} is a class with annotated fields):
 * <pre>
 * data class Page(val slug: String, @field:Version val version: Long, @field:DateUpdated val updatedAt: Instant?)
 * &#64;Controller("/pages") class SuspendController {
 *   suspend fun pageVersion(slug: String): Page?
 *   suspend fun pageOrEmpty(slug: String): Optional&lt;Page&gt;
 *   &#64;Get("/{slug}") &#64;Versioned(lookup = "pageVersion") suspend fun get(slug: String): Page?
 *   &#64;Get("/{slug}/response") &#64;Versioned(lookup = "pageOrEmpty") suspend fun getResponse(slug: String): HttpResponse&lt;Page&gt;
 *   &#64;Get &#64;Versioned suspend fun all(): List&lt;Page&gt;
 *   &#64;Put("/{slug}") &#64;ConditionalWrite(lookup = "pageVersion") suspend fun put(slug: String, &#64;Body text: String, state: CheckedState&lt;Page&gt;): Page
 *   &#64;Delete("/{slug}") &#64;ConditionalWrite(lookup = "pageOrEmpty") suspend fun delete(slug: String, state: CheckedState&lt;Page&gt;)
 * }
 * </pre>
 */
@Controller("/pages")
public class SuspendController {

    public static final class Page {
        private final String slug;
        @Version
        private final long version;
        @DateUpdated
        private final Instant updatedAt;

        public Page(String slug, long version, Instant updatedAt) {
            this.slug = slug;
            this.version = version;
            this.updatedAt = updatedAt;
        }

        public String getSlug() {
            return slug;
        }

        public long getVersion() {
            return version;
        }

        public Instant getUpdatedAt() {
            return updatedAt;
        }
    }

    public Object pageVersion(String slug, Continuation<? super Page> $completion) {
        return null;
    }

    public Object pageOrEmpty(String slug, Continuation<? super Optional<Page>> $completion) {
        return Optional.empty();
    }

    @Get("/{slug}")
    @Versioned(lookup = "pageVersion")
    public Object get(String slug, Continuation<? super Page> $completion) {
        return null;
    }

    @Get("/{slug}/response")
    @Versioned(lookup = "pageOrEmpty")
    public Object getResponse(String slug, Continuation<? super HttpResponse<Page>> $completion) {
        return HttpResponse.notFound();
    }

    @Get
    @Versioned
    public Object all(Continuation<? super List<Page>> $completion) {
        return List.of();
    }

    @Put("/{slug}")
    @ConditionalWrite(lookup = "pageVersion")
    public Object put(String slug, @Body String text, CheckedState<Page> state, Continuation<? super Page> $completion) {
        return null;
    }

    @Delete("/{slug}")
    @ConditionalWrite(lookup = "pageOrEmpty")
    public Object delete(String slug, CheckedState<Page> state, Continuation<? super Unit> $completion) {
        return Unit.INSTANCE;
    }
}
