package test.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Version;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.CheckedState;

import java.time.LocalDateTime;

/** A POJO with getters and Micronaut Data's @Version Long + @DateUpdated LocalDateTime; a nullable lookup. */
@Controller("/articles")
public class PojoArticleController {

    public static class Article {
        private Long id;
        @Version
        private Long version;
        @DateUpdated
        private LocalDateTime updated;
        private String text;

        public Long getId() {
            return id;
        }

        public Long getVersion() {
            return version;
        }

        public LocalDateTime getUpdated() {
            return updated;
        }

        public String getText() {
            return text;
        }
    }

    @Nullable
    Article find(@PathVariable("id") long articleId) {
        return null;
    }

    @Get("/{id:[0-9]+}")
    @Versioned(lookup = "find")
    public Article show(long id) {
        return null;
    }

    @Post("/{id:[0-9]+}/publish")
    @ConditionalWrite(lookup = "find")
    public Article publish(long id, CheckedState<Article> state) {
        return null;
    }
}
