package io.precondition.micronaut.binding;

import kotlin.ResultKt;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.intrinsics.IntrinsicsKt;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A suspend fun as javac sees it ({@code Object f(..., Continuation<? super T>)}): what it returns at once, or
 * {@code COROUTINE_SUSPENDED} and a later resumption with a value or a {@code Result.Failure}.
 */
class SuspendCallsTest {

    @Test
    void aValueReturnedAtOnceCompletesTheFutureAtOnce() {
        CompletableFuture<String> future = SuspendCalls.<String>call(continuation -> "page");
        assertEquals("page", future.getNow("not yet"));
    }

    @Test
    void nullReturnedAtOnceIsAnAbsentValue() {
        CompletableFuture<String> future = SuspendCalls.<String>call(continuation -> null);
        assertTrue(future.isDone());
        assertNull(future.join());
    }

    @Test
    void aSuspendedCallCompletesWhenResumed() throws Exception {
        AtomicReference<Continuation<? super String>> saved = new AtomicReference<>();
        CompletableFuture<String> future = SuspendCalls.<String>call(continuation -> {
            saved.set(continuation);
            return IntrinsicsKt.getCOROUTINE_SUSPENDED();
        });
        assertFalse(future.isDone(), "suspended: no value yet, and the caller was not blocked");
        Thread resumer = new Thread(() -> saved.get().resumeWith("later"));
        resumer.start();
        assertEquals("later", future.get(10, TimeUnit.SECONDS));
        resumer.join(10_000);
    }

    @Test
    void aFailureResumedLaterCompletesExceptionally() {
        IllegalStateException thrown = new IllegalStateException("database down");
        AtomicReference<Continuation<? super String>> saved = new AtomicReference<>();
        CompletableFuture<String> future = SuspendCalls.<String>call(continuation -> {
            saved.set(continuation);
            return IntrinsicsKt.getCOROUTINE_SUSPENDED();
        });
        saved.get().resumeWith(ResultKt.createFailure(thrown));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertSame(thrown, failure.getCause());
    }

    @Test
    void aFailureThrownAtOnceCompletesExceptionally() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad slug");
        CompletableFuture<String> future = SuspendCalls.<String>call(continuation -> {
            throw thrown;
        });
        assertTrue(future.isCompletedExceptionally());
        ExecutionException failure = assertThrows(ExecutionException.class, future::get);
        assertSame(thrown, failure.getCause());
    }
}
