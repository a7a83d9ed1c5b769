package io.precondition.bench;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What users reach for today, after Spring's {@code ShallowEtagHeaderFilter}: serialise the 200's body, hash it (MD5,
 * as Spring does), and answer 304 when If-None-Match lists that hash. It saves bandwidth but none of the server's
 * work: the handler and the serialisation run for every 304.
 */
@ServerFilter("/hashed/**")
public class HashEtagFilter {

    private final JsonMapper json;

    HashEtagFilter(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param request the request
     * @param response the handler's response
     * @return a 304, or the 200 with its serialised body and ETag
     */
    @ResponseFilter
    public MutableHttpResponse<?> hash(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() != HttpStatus.OK || response.getBody().isEmpty()) {
            return response;
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(response.getBody().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = "\"0" + HexFormat.of().formatHex(md5(bytes)) + '"';
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag);
        }
        return response.body(bytes).contentType(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag);
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
