package io.precondition.micronaut.binding;

import kotlin.Result;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlin.coroutines.intrinsics.IntrinsicsKt;

import java.util.concurrent.CompletableFuture;

/**
 * Calls a Kotlin {@code suspend fun} from Java without blocking: the generated binding of a controller whose lookup
 * is a {@code suspend fun} hands it a {@link Continuation} that completes a {@link CompletableFuture}, like a
 * {@code Mono} lookup's {@code toFuture()}. Seen from Java, {@code suspend fun find(slug: String): Page?} is
 * {@code Object find(String slug, Continuation<? super Page> $completion)}: it returns the value at once, or
 * {@code COROUTINE_SUSPENDED} and resumes the continuation later (with the value, or a failure).
 *
 * <p>The coroutine starts on the calling thread (the event loop, as a {@code Mono} lookup is subscribed there) in an
 * empty coroutine context: a lookup that blocks should switch with {@code withContext(Dispatchers.IO)} or call a
 * suspending repository. Needs kotlin-stdlib, which every Kotlin application has (an optional dependency here).
 */
@io.micronaut.core.annotation.Internal
public final class SuspendCalls {

    private SuspendCalls() {
    }

    /**
     * A call of one {@code suspend fun} with its arguments bound, e.g. {@code c -> controller.find(slug, c)}.
     *
     * @param <T> the suspend fun's value type
     */
    @FunctionalInterface
    public interface SuspendCall<T> {

        /**
         * @param continuation the continuation the suspend fun resumes when it has suspended
         * @return the value, or {@code COROUTINE_SUSPENDED}
         */
        Object invoke(Continuation<? super T> continuation);
    }

    /**
     * @param call the suspend fun to call
     * @param <T> its value type
     * @return a future completed with its value (possibly {@code null}), or exceptionally with what it threw
     */
    public static <T> CompletableFuture<T> call(SuspendCall<T> call) {
        FutureContinuation<T> continuation = new FutureContinuation<>();
        Object returned;
        try {
            returned = call.invoke(continuation);
        } catch (Throwable failure) {
            continuation.future.completeExceptionally(failure);
            return continuation.future;
        }
        if (returned != IntrinsicsKt.getCOROUTINE_SUSPENDED()) {
            continuation.complete(returned);
        }
        return continuation.future;
    }

    /** Completes its future when the suspended function resumes it. */
    private static final class FutureContinuation<T> implements Continuation<T> {

        private final CompletableFuture<T> future = new CompletableFuture<>();

        @Override
        public CoroutineContext getContext() {
            return EmptyCoroutineContext.INSTANCE;
        }

        /** @param result the value, or a {@code kotlin.Result.Failure} holding what the function threw */
        @Override
        public void resumeWith(Object result) {
            if (result instanceof Result.Failure failure) {
                future.completeExceptionally(failure.exception);
            } else {
                complete(result);
            }
        }

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            future.complete((T) value);
        }
    }
}
