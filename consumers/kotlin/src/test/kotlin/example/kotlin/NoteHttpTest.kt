package example.kotlin

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.junit5.annotation.MicronautTest
import jakarta.inject.Inject
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import java.net.URI
import java.net.http.HttpResponse
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit

/**
 * Precondition in a user's Kotlin app (kapt, Micronaut Data JDBC on H2, data class entities), over HTTP against the
 * real server, for a blocking controller and one of `suspend fun` handlers with a `suspend fun` lookup: the same
 * answers from both (RFC 9110 §13).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteHttpTest {

    @Inject
    lateinit var server: EmbeddedServer

    @Inject
    lateinit var racing: RacingNoteService

    private val pool = Executors.newFixedThreadPool(WRITERS)
    private val http by lazy { Http(URI.create("${server.url}/")) }

    @AfterAll
    fun stopPool() {
        pool.shutdownNow()
    }

    private fun create(notes: String, text: String): String {
        val created = http.send("POST", notes, Http.text(text))
        assertEquals(201, created.statusCode(), created.body())
        return created.headers().firstValue("Location").orElseThrow().removePrefix("/")
    }

    private fun get(path: String, vararg headers: String) = http.send("GET", path, null, *headers)

    private fun put(path: String, text: String, vararg headers: String) = http.send("PUT", path, Http.text(text), *headers)

    private fun etagOf(path: String): String {
        val current = get(path)
        assertEquals(200, current.statusCode(), current.body())
        return current.headers().firstValue("ETag").orElseThrow()
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun getSendsTheVersionAsETagAndTheUpdateTimeAsLastModified(notes: String) {
        val note = create(notes, "first")
        val response = get(note)
        assertEquals(200, response.statusCode())
        val etag = response.headers().firstValue("ETag").orElseThrow()
        assertTrue(etag.matches(Regex("\"[^\"]+\"")), "a strong entity tag (RFC 9110 §8.8.3): $etag")
        val lastModified = response.headers().firstValue("Last-Modified").orElseThrow()
        assertTrue(IMF_FIXDATE.matches(lastModified), "an IMF-fixdate (RFC 9110 §5.6.7): $lastModified")
        assertTrue(response.body().contains("\"text\":\"first\""), response.body())
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun aMatchingIfNoneMatchIsNotModified(notes: String) {
        val note = create(notes, "cached")
        val etag = etagOf(note)
        val response = get(note, "If-None-Match", etag)
        assertEquals(304, response.statusCode(), "RFC 9110 §13.1.2")
        assertEquals(etag, response.headers().firstValue("ETag").orElse(null), "RFC 9110 §15.4.5: the 304 has the ETag")
        assertEquals("", response.body())
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun aGetOfAnAbsentNoteIsNotFound(notes: String) {
        assertEquals(404, get("$notes/999999", "If-None-Match", "\"0\"").statusCode())
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun aPutWithTheCurrentETagWritesAndSendsTheNewOneAndContentLocation(notes: String) {
        val note = create(notes, "before")
        val etag = etagOf(note)
        val response = put(note, "after", "If-Match", etag)
        assertEquals(200, response.statusCode(), response.body())
        val newTag = response.headers().firstValue("ETag").orElseThrow()
        assertNotEquals(etag, newTag, "the write made a new version")
        assertEquals(newTag, etagOf(note), "the 200's ETag is the stored state's (RFC 9110 §8.8.3)")
        assertEquals("/$note", response.headers().firstValue("Content-Location").orElse(null),
            "RFC 9110 §8.7: the 200 is the state of the written resource")
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun aPutWithAStaleETagIsPreconditionFailed(notes: String) {
        val note = create(notes, "v0")
        val stale = etagOf(note)
        assertEquals(200, put(note, "v1", "If-Match", stale).statusCode())
        val response = put(note, "lost", "If-Match", stale)
        assertEquals(412, response.statusCode(), "RFC 9110 §13.1.1: ${response.body()}")
        assertTrue(get(note).body().contains("\"text\":\"v1\""), "the stale write changed nothing")
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun anUnguardedPutIsPreconditionRequired(notes: String) {
        val note = create(notes, "guarded")
        val response = put(note, "blind")
        assertEquals(428, response.statusCode(), "RFC 6585 §3: ${response.body()}")
        assertTrue(get(note).body().contains("\"text\":\"guarded\""))
    }

    /** Another writer wins between the check and this write's `UPDATE ... WHERE version = ?`. */
    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun aWriteGoneStaleAfterTheCheckIsPreconditionFailed(notes: String) {
        val note = create(notes, "start")
        val etag = etagOf(note)
        val concurrent = mutableListOf<Int>()
        racing.beforeWrite.set(Runnable {
            concurrent.add(CompletableFuture.supplyAsync({ put(note, "concurrent", "If-Match", etag).statusCode() }, pool).join())
        })
        val response = put(note, "mine", "If-Match", etag)
        assertEquals(listOf(200), concurrent, "the concurrent writer ran and won")
        assertEquals(412, response.statusCode(), "RFC 9110 §13.1.1: ${response.body()}")
        assertTrue(!response.body().contains("OptimisticLock") && !response.body().contains("io.micronaut.data"),
            "no exception message leaks: ${response.body()}")
        assertTrue(get(note).body().contains("\"text\":\"concurrent\""), "the stored note is the winner's")
    }

    @ParameterizedTest
    @ValueSource(strings = [BLOCKING, SUSPEND])
    fun concurrentWritersWithOneETagOneWinsTheRestArePreconditionFailed(notes: String) {
        repeat(ROUNDS) {
            val note = create(notes, "race")
            val etag = etagOf(note)
            val start = CountDownLatch(1)
            val futures: List<Future<HttpResponse<String>>> = (0 until WRITERS).map { n ->
                pool.submit<HttpResponse<String>> {
                    assertTrue(start.await(30, TimeUnit.SECONDS), "start gate")
                    put(note, "writer $n", "If-Match", etag)
                }
            }
            start.countDown()
            val statuses = futures.map { it.get(60, TimeUnit.SECONDS).statusCode() }
            assertEquals(1, statuses.count { it == 200 }, "exactly one 200: $statuses")
            assertEquals(WRITERS - 1, statuses.count { it == 412 }, "the rest 412: $statuses")
            val winner = statuses.indexOf(200)
            assertTrue(get(note).body().contains("\"text\":\"writer $winner\""), "the stored note is the winner's")
        }
    }

    companion object {
        const val BLOCKING = "blocking/notes"
        const val SUSPEND = "suspend/notes"
        const val WRITERS = 8
        const val ROUNDS = 3
        private val IMF_FIXDATE = Regex("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT")
    }
}
