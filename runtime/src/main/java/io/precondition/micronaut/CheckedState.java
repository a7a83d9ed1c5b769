package io.precondition.micronaut;

import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The state of the resource that the request's preconditions were checked against: the value the lookup method
 * returned, or nothing when the resource did not exist. Declare it as a parameter of a
 * {@code @ConditionalWrite} handler and hand its version to the database, so that the write succeeds only if the
 * resource is still in the state that passed the check:
 *
 * <pre>{@code
 * @Put("/pages/{slug}") @ConditionalWrite(lookup = "pageVersion")
 * HttpResponse<Page> put(String slug, @Body PageInput in, CheckedState<PageVersion> state) {
 *     if (state.exists()) {
 *         PageVersion v = state.get();
 *         return HttpResponse.ok(pages.update(new Page(v.id(), v.version(), slug, in.title(), in.body())));
 *     }
 *     return HttpResponse.created(pages.save(...));
 * }
 * }</pre>
 *
 * <p>Micronaut Data's {@code update} of a {@code @Version} entity runs {@code UPDATE ... WHERE id = ? AND version = ?}
 * and throws {@code OptimisticLockException} when another writer came first; that answers 412.
 *
 * <p>With {@code @ConditionalWrite(lookupOnIfMatch = false)} and a single strong {@code If-Match}, the value was not
 * looked up but read back from the tag: it holds the tag's parts, its Last-Modified property is {@code null}, and only
 * the handler's write, keyed by the route and by those parts, finds out whether the resource is in that state.
 *
 * @param <T> the lookup method's value type
 */
public final class CheckedState<T> {

    private static final CheckedState<?> ABSENT = new CheckedState<>(null);

    private final T value;

    private CheckedState(T value) {
        this.value = value;
    }

    /**
     * @param value the lookup's value, or {@code null} when the resource does not exist
     * @param <T> the value type
     * @return the state
     */
    @SuppressWarnings("unchecked")
    public static <T> CheckedState<T> of(T value) {
        return value == null ? (CheckedState<T>) ABSENT : new CheckedState<>(value);
    }

    /** @return whether the resource existed when the preconditions passed */
    public boolean exists() {
        return value != null;
    }

    /** @return the checked value, if the resource existed */
    public Optional<T> current() {
        return Optional.ofNullable(value);
    }

    /**
     * @return the checked value
     * @throws NoSuchElementException when the resource did not exist
     */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException("the resource did not exist when its preconditions were checked");
        }
        return value;
    }

    @Override
    public String toString() {
        return value == null ? "CheckedState[absent]" : "CheckedState[" + value + "]";
    }
}
