package test.posts;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.precondition.annotation.Versioned;

/** The validators are private fields of a superclass (Base), read through its inherited getters. */
@Controller("/posts")
public class PostController {

    public static class Post extends Base {
        private String text;

        public String getText() {
            return text;
        }
    }

    @Get("/{id}")
    @Versioned
    public Post get(long id) {
        return null;
    }
}
