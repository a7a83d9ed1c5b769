package io.precondition.client;

import java.io.InputStream;
import java.util.List;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;

/**
 * Reads a response body declared as {@code Tagged<T>}: the body as {@code T}, with Micronaut's reader for {@code T}
 * and the media type, plus the response's {@code ETag} and {@code Last-Modified}. Micronaut's Netty client decodes a
 * response to the method's declared type before client filters see it (the JDK client decodes later), so without a
 * reader for {@code Tagged} that decoding fails and {@link ConditionalClientFilter} only ever sees the error. The
 * filter still builds the caller's answer itself from the body's bytes; this reader only lets the exchange succeed.
 * A reader for exactly {@code Tagged} is chosen over generic ones (Micronaut prefers a direct type match).
 */
@Singleton
@io.micronaut.context.annotation.Requires(classes = io.micronaut.http.client.HttpClientRegistry.class)
final class TaggedBodyReader implements MessageBodyReader<Tagged<?>> {

    // A provider: the registry collects the readers, this one among them.
    private final BeanProvider<MessageBodyHandlerRegistry> registry;

    TaggedBodyReader(BeanProvider<MessageBodyHandlerRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public boolean isReadable(Argument<Tagged<?>> type, MediaType mediaType) {
        // Asked for Object too (a reader of a subtype is a candidate for it): only Tagged itself is read here.
        return Tagged.class.equals(type.getType())
                && registry.get().findReader(valueType(type), List.of(mediaType)).isPresent();
    }

    @Override
    public Tagged<?> read(Argument<Tagged<?>> type, MediaType mediaType, Headers headers, InputStream input)
            throws CodecException {
        Argument<Object> valueType = valueType(type);
        MessageBodyReader<Object> reader = registry.get().findReader(valueType, List.of(mediaType))
                .orElseThrow(() -> new CodecException("No reader for " + valueType + " from " + mediaType));
        Object value = reader.read(valueType, mediaType, headers, input);
        return Tagged.of(value, Answers.etag(headers).orElse(null), Answers.lastModified(headers).orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Argument<Object> valueType(Argument<Tagged<?>> type) {
        return (Argument<Object>) type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
    }
}
