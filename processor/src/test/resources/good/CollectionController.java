package test.catalog;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.ETagSource;
import io.precondition.annotation.LastModified;
import io.precondition.annotation.Versioned;

import java.time.OffsetDateTime;
import java.util.List;

/** Collections: List<T>, Micronaut Data's Page<T>, and a type whose @ETagSource is a collection. */
@Controller("/items")
public class CollectionController {

    public record Item(@ETagSource long id, @ETagSource int revision) {
    }

    public record Catalogue(@ETagSource List<Item> items, @LastModified OffsetDateTime generatedAt) {
    }

    @Get
    @Versioned
    public List<Item> all() {
        return List.of();
    }

    @Get("/paged")
    @Versioned
    public HttpResponse<Page<Item>> paged() {
        return HttpResponse.ok();
    }

    @Get("/catalogue")
    @Versioned
    public Catalogue catalogue() {
        return null;
    }
}
