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
     * @param entry a stored response
     * @param value its body, decoded to the method's type
     * @param age its current age (sent as {@code Age}, RFC 9111 §5.1)
     * @param method the client method
     * @return the answer
     */
    HttpResponse<?> fromStore(StoredResponse entry, @Nullable Object value, Duration age, ClientMethod method) {
        MutableHttpResponse<Object> answer = answer(entry.status(), entry.headers(), value, method);
        answer.getHeaders().set(HttpHeaders.AGE, Long.toString(age.toSeconds()));
        return answer;
    }

    /**
     * @param entry a stored response
     * @param method the client method
     * @return its body for this method: the value it holds when the type is immutable, else decoded anew
     */
    @Nullable
    Object valueOf(StoredResponse entry, ClientMethod method) {
        if (method.immutableBody()) {
            Optional<Object> kept = entry.decodedAs(method.bodyType());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return decode(entry.headers(), entry.body(), method);
    }

    /**
     * @param status the status
     * @param headers the header section, lower-case names
     * @param body the body bytes
     * @param method the client method
     * @return the answer, with the body decoded to the method's type
     */
    MutableHttpResponse<Object> build(int status, Map<String, List<String>> headers, byte[] body,
                                      ClientMethod method) {
        return answer(status, headers, decode(headers, body, method), method);
    }

    /**
     * @param headers the header section, lower-case names
     * @param body the body bytes
     * @param method the client method
     * @return the body decoded to the method's type, or null for none
     */
    @Nullable
    Object decode(Map<String, List<String>> headers, byte[] body, ClientMethod method) {
        MutableHttpResponse<Object> fields = HttpResponse.ok();
        headers.forEach((name, lines) -> lines.forEach(line -> fields.getHeaders().add(name, line)));
        return decode(body, method.bodyType(), fields.getHeaders());
    }

    /**
     * @param status the status
     * @param headers the header section, lower-case names
     * @param value the decoded body, or null
     * @param method the client method
     * @return the answer, its body wrapped in a {@link Tagged} when the method asks for one
     */
    MutableHttpResponse<Object> answer(int status, Map<String, List<String>> headers, @Nullable Object value,
                                       ClientMethod method) {
        MutableHttpResponse<Object> answer = HttpResponse.status(HttpStatus.valueOf(status));
        headers.forEach((name, lines) -> lines.forEach(line -> answer.getHeaders().add(name, line)));
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
