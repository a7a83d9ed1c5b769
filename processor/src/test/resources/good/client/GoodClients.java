package test.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.client.Tagged;

/** Declarative clients whose every conditional write can carry its caller's precondition. */
public interface GoodClients {

    /** Each way a write can receive its precondition. */
    @Client("/")
    interface Writes {

        @Get("/notes/{id}")
        @Versioned
        Tagged<String> read(String id);

        @Put("/notes/{id}")
        @ConditionalWrite
        Tagged<String> replace(String id, @Body Tagged<String> note);

        @Put("/notes/{id}")
        @ConditionalWrite
        String byValue(String id, @Body String note, @Nullable @Header("If-Match") String tag);

        @Put("/notes/{id}")
        @ConditionalWrite
        String byName(String id, @Body String note, @Nullable @Header(name = "if-match") String tag);

        @Put("/notes/{id}")
        @ConditionalWrite
        String byParameterName(String id, @Body String note, @Nullable @Header String ifMatch);

        @Put("/notes/{id}")
        @ConditionalWrite
        String create(String id, @Body String note, @Header("If-None-Match") String ifNoneMatch);

        @Delete("/notes/{id}")
        @ConditionalWrite
        void delete(String id, @Header("If-Unmodified-Since") String since);

        /** Not conditional: nothing to carry. */
        @Put("/notes/{id}")
        String unguarded(String id, @Body String note);
    }

    /** An API whose write takes the caller's tag as a plain parameter; the client says it is the If-Match. */
    interface EditableApi {

        @Put("/notes/{id}")
        @ConditionalWrite
        String put(String id, @Body String text, @Nullable String ifMatch);
    }

    /** Overrides the inherited write to bind its parameter to If-Match: the override is what Micronaut implements. */
    @Client("/")
    interface OverridingClient extends EditableApi {

        @Override
        String put(String id, @Body String text, @Nullable @Header("If-Match") String ifMatch);
    }

    /** A generic API whose body type a client fixes as a Tagged<T>. */
    interface GenericApi<B> {

        @Put("/notes/{id}")
        @ConditionalWrite
        String put(String id, @Body B body);
    }

    /** Its write's body is a Tagged<String>. */
    @Client("/")
    interface GenericClient extends GenericApi<Tagged<String>> {
    }

    /** A client written as an abstract class: its abstract methods are the HTTP calls. */
    @Client("/")
    abstract class AbstractWrites {

        @Put("/notes/{id}")
        @ConditionalWrite
        public abstract String write(String id, @Body String note, @Nullable @Header("If-Match") String ifMatch);

        /** Runs as written. */
        public String describe() {
            return "notes";
        }
    }
}
