package example.kotlin

import java.io.IOException
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** A plain JDK HTTP client against the embedded server on 127.0.0.1. */
class Http(private val base: URI) {

    private val client: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

    /** @param headers name, value, name, value, ... */
    fun send(method: String, path: String, json: String? = null, vararg headers: String): HttpResponse<String> {
        val request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
            .method(method, if (json == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(json))
        if (json != null) {
            request.header("Content-Type", "application/json")
        }
        for (i in headers.indices step 2) {
            request.header(headers[i], headers[i + 1])
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString())
        } catch (e: IOException) {
            throw AssertionError("$method $path failed: $e", e)
        }
    }

    companion object {
        fun text(text: String) = "{\"text\":\"$text\"}"
    }
}
