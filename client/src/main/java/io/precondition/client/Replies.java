package io.precondition.client;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;

/**
 * Builds the answers the declarative client method receives: from stored bytes (a fresh hit, a 304) or from a full
 * response's bytes, decoded to the method's body type with Micronaut's message body readers, and wrapped in a
 * {@link Tagged} when the method asks for one. Each answer decodes its own copy, so callers never share a mutable
 * object; a body type found immutable at compile time ({@link ImmutableBodies}) is decoded once per stored response.
 */
@Singleton
final class Replies {

    private final MessageBodyHandlerRegistry bodies;

    Replies(MessageBodyHandlerRegistry bodies) {
        this.bodies = bodies;
    }

    /**
     * An answer and the value in its body (before any {@link Tagged} wrapping), which a store may keep.
     *
     * @param response the answer
     * @param value the decoded body, or null
     */
    record Reply(MutableHttpResponse<Object> response, @Nullable Object value) {
    }

    /**
     * @param entry a stored response
     * @param age its current age (sent as {@code Age}, RFC 9111 §5.1)
     * @param method the client method
     * @return the answer, with the value the entry holds when the method's type is immutable, else decoded anew
     */
    Reply fromStore(StoredResponse entry, Duration age, ClientMethod method) {
        MutableHttpResponse<Object> answer = fields(entry.status(), entry.headers());
        Optional<Object> kept = method.immutableBody() ? entry.decodedAs(method.bodyType()) : Optional.empty();
        Object value = kept.isPresent() ? kept.get() : decode(entry.body(), method.bodyType(), answer.getHeaders());
        withBody(answer, value, method).getHeaders().set(HttpHeaders.AGE, Long.toString(age.toSeconds()));
        return new Reply(answer, value);
    }

    /**
     * @param status the status
     * @param headers the header section, lower-case names
     * @param body the body bytes
     * @param method the client method
     * @return the answer, with the body decoded to the method's type
     */
    Reply build(int status, Map<String, List<String>> headers, byte[] body, ClientMethod method) {
        MutableHttpResponse<Object> answer = fields(status, headers);
        Object value = decode(body, method.bodyType(), answer.getHeaders());
        return new Reply(withBody(answer, value, method), value);
    }

    private static MutableHttpResponse<Object> fields(int status, Map<String, List<String>> headers) {
        MutableHttpResponse<Object> answer = HttpResponse.status(HttpStatus.valueOf(status));
        headers.forEach((name, lines) -> lines.forEach(line -> answer.getHeaders().add(name, line)));
        return answer;
    }

    /** The value as the answer's body, wrapped in a {@link Tagged} when the method asks for one. */
    private static MutableHttpResponse<Object> withBody(MutableHttpResponse<Object> answer, @Nullable Object value,
                                                        ClientMethod method) {
        Object body = value;
        if (method.tagged()) {
            HttpHeaders h = answer.getHeaders();
            body = Tagged.of(value, Answers.etag(h).orElse(null), Answers.lastModified(h).orElse(null));
        }
        if (body != null) {
            answer.body(body);
        }
        return answer;
    }

    @Nullable
    private Object decode(byte[] body, Argument<?> type, HttpHeaders headers) {
        Class<?> javaType = type.getType();
        if (javaType == void.class || javaType == Void.class) {
            return null;
        }
        if (javaType == byte[].class) {
            return body.clone();
        }
        if (body.length == 0 && javaType != String.class) {
            return null;
        }
        MediaType mediaType = headers.contentType().orElse(javaType == String.class ? MediaType.TEXT_PLAIN_TYPE
                : MediaType.APPLICATION_JSON_TYPE);
        return read(type, mediaType, headers, body);
    }

    private <T> T read(Argument<T> type, MediaType mediaType, HttpHeaders headers, byte[] body) {
        MessageBodyReader<T> reader = bodies.findReader(type, List.of(mediaType))
                .orElseThrow(() -> new CodecException("No reader for " + type + " from " + mediaType));
        return reader.read(type, mediaType, headers, new ByteArrayInputStream(body));
    }
}
