package io.precondition.micronaut.binding;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.precondition.http.EntityTag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The weak tag of a collection: a digest of its elements' tags, in order (RFC 9110 §8.8.3). */
@Internal
public final class ElementTags {

    private ElementTags() {
    }

    /**
     * @param elements the collection
     * @param type the elements' type
     * @param tagOf an element's tag, read by generated direct calls
     * @param <E> the elements' type
     * @return the weak digest of the elements' tags, or {@code null} when an element has none (or is not an {@code E})
     */
    public static <E> @Nullable EntityTag weakDigest(Iterable<?> elements, Class<E> type,
                                                     Function<? super E, EntityTag> tagOf) {
        List<EntityTag> tags = new ArrayList<>();
        for (Object element : elements) {
            EntityTag tag = type.isInstance(element) ? tagOf.apply(type.cast(element)) : null;
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        return EntityTag.weakDigest(tags);
    }
}
