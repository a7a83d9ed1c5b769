package test;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.Versioned;

import java.util.List;

@Controller("/pages")
public class CollectionTagWithOthers {

    public static class Index {
        @ETagSource
        public long revision;
        @ETagSource
        public List<Entities.Page> pages;
    }

    @Get
    @Versioned
    public Index list() {
        return null;
    }
}
