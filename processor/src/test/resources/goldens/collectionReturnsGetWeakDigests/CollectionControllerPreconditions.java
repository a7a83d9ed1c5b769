package test.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.precondition.http.EntityTag;
import io.precondition.http.Validators;
import io.precondition.micronaut.ConditionalRequestSupport;
import io.precondition.micronaut.GeneratedFilter;
import io.precondition.micronaut.HandlerPolicy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Conditional request handling (RFC 9110 §13) for {@link CollectionController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link CollectionController#all}: versioned read</li>
 * <li>{@link CollectionController#paged}: versioned read</li>
 * <li>{@link CollectionController#catalogue}: versioned read</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = CollectionController.class,
        handlers = {"all", "paged", "catalogue"}
)
@ServerFilter(
        patterns = {"/items", "/items/paged", "/items/catalogue"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, CollectionController.class}
)
public final class CollectionControllerPreconditions implements Ordered {
    private static final HandlerPolicy ALL_POLICY = HandlerPolicy.read("CollectionController.all");

    private static final HandlerPolicy PAGED_POLICY = HandlerPolicy.read("CollectionController.paged");

    private static final HandlerPolicy CATALOGUE_POLICY = HandlerPolicy.read("CollectionController.catalogue");

    private final CollectionController controller;

    private final ConditionalRequestSupport support;

    CollectionControllerPreconditions(CollectionController controller,
            ConditionalRequestSupport support) {
        this.controller = controller;
        this.support = support;
    }

    /**
     * Runs after authentication (RFC 9110 §13.2.1); see {@code precondition.filter-order}.
     */
    @Override
    public int getOrder() {
        return support.filterOrder();
    }

    /**
     * Evaluates the preconditions before the handler runs (and before a write's body is read).
     */
    @RequestFilter
    @Nullable
    public HttpResponse<?> beforeHandler(HttpRequest<?> request) {
        String handler = support.handlerOf(request, CollectionController.class);
        if (handler == null) {
            return null;
        }
        switch (handler) {
            default: {
                return null;
            }
        }
    }

    /**
     * Adds the validators of the returned value to the response, or answers 304 / 412 in its place.
     */
    @ResponseFilter
    public MutableHttpResponse<?> afterHandler(HttpRequest<?> request,
            MutableHttpResponse<?> response) {
        String handler = support.handlerOf(request, CollectionController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "all": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, ALL_POLICY, body instanceof Iterable<?> elements ? Validators.of(entityTagOfCollectionControllerItemList(elements), null) : null);
            }
            case "paged": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, PAGED_POLICY, body instanceof Iterable<?> elements ? Validators.of(entityTagOfCollectionControllerItemList(elements), null) : null);
            }
            case "catalogue": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, CATALOGUE_POLICY, body instanceof CollectionController.Catalogue value ? validatorsOfCollectionControllerCatalogue(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfCollectionControllerCatalogue(
            CollectionController.Catalogue value) {
        OffsetDateTime lastModified = value.generatedAt();
        return Validators.of(entityTagOfCollectionControllerCatalogue(value), lastModified == null ? null : lastModified.toInstant());
    }

    @Nullable
    private static EntityTag entityTagOfCollectionControllerItem(CollectionController.Item value) {
        long part0 = value.id();
        int part1 = value.revision();
        return EntityTag.builder().add(part0).add(part1).strong();
    }

    @Nullable
    private static EntityTag entityTagOfCollectionControllerCatalogue(
            CollectionController.Catalogue value) {
        Iterable<?> elements = value.items();
        return elements == null ? null : entityTagOfCollectionControllerItemList(elements);
    }

    @Nullable
    private static EntityTag entityTagOfCollectionControllerItemList(Iterable<?> elements) {
        List<EntityTag> tags = new ArrayList<>();
        for (Object element : elements) {
            EntityTag tag = entityTagOfCollectionControllerItem((CollectionController.Item) element);
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        return EntityTag.weakDigest(tags);
    }
}
