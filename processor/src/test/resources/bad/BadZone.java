package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.LocalDateTime;

@Controller("/pages")
public class BadZone {

    public static class Local {
        @ETagSource
        public long version;
        @LastModified(zone = "Mars/Olympus_Mons")
        public LocalDateTime modified;
    }

    @Get("/{slug}")
    @Versioned
    public Local get(String slug) {
        return null;
    }
}
