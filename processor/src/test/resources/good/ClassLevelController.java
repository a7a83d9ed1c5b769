package test.docs;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.util.Date;
import java.util.Optional;

/** A class-level @Versioned: every @Get is versioned and the writes fall back to its lookup. */
@Controller("/docs/{owner}")
@Versioned(lookup = "revision")
public class ClassLevelController {

    public static final class Doc {
        @ETagSource
        public String name;
        @ETagSource
        public byte[] digest;
        @LastModified
        public long savedAt;
    }

    Optional<Doc> revision(String owner, String name) {
        return Optional.empty();
    }

    @Get("/{name}")
    public Doc read(String owner, String name) {
        return null;
    }

    @Get(uris = {"/{name}/raw", "/{name}/text"})
    public Doc raw(String owner, String name) {
        return null;
    }

    @Put("/{name}")
    @ConditionalWrite
    public Doc save(String owner, String name, CheckedState<Doc> state) {
        return null;
    }

    @Post("/{name}/copy")
    public Doc notAnnotated(String owner, String name) {
        return null;
    }

    public Date unrelated() {
        return null;
    }
}
