package test.dates;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.precondition.http.Validators;
import io.precondition.micronaut.ConditionalRequestSupport;
import io.precondition.micronaut.GeneratedFilter;
import io.precondition.micronaut.HandlerPolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import javax.annotation.processing.Generated;

/**
 * Conditional request handling (RFC 9110 §13) for {@link DatesController}, generated from its
 * {@code @Versioned} and {@code @ConditionalWrite} handlers:
 * <ul>
 * <li>{@link DatesController#millis}: versioned read</li>
 * <li>{@link DatesController#paris}: versioned read</li>
 * <li>{@link DatesController#utc}: versioned read</li>
 * <li>{@link DatesController#local}: versioned read</li>
 * <li>{@link DatesController#zoned}: versioned read</li>
 * <li>{@link DatesController#legacy}: versioned read</li>
 * </ul>
 */
@Generated("io.precondition.processor.PreconditionProcessor")
@GeneratedFilter(
        controller = DatesController.class,
        handlers = {"millis", "paris", "utc", "local", "zoned", "legacy"}
)
@ServerFilter(
        patterns = {"/millis", "/paris", "/paris/**", "/utc", "/local", "/zoned", "/legacy"}
)
@Requires(
        beans = {ConditionalRequestSupport.class, DatesController.class}
)
public final class DatesControllerPreconditions implements Ordered {
    private static final HandlerPolicy MILLIS_POLICY = HandlerPolicy.read("DatesController.millis");

    private static final HandlerPolicy PARIS_POLICY = HandlerPolicy.read("DatesController.paris");

    private static final HandlerPolicy UTC_POLICY = HandlerPolicy.read("DatesController.utc");

    private static final HandlerPolicy LOCAL_POLICY = HandlerPolicy.read("DatesController.local");

    private static final HandlerPolicy ZONED_POLICY = HandlerPolicy.read("DatesController.zoned");

    private static final HandlerPolicy LEGACY_POLICY = HandlerPolicy.read("DatesController.legacy");

    private final DatesController controller;

    private final ConditionalRequestSupport support;

    DatesControllerPreconditions(DatesController controller, ConditionalRequestSupport support) {
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
        String handler = support.handlerOf(request, DatesController.class);
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
        String handler = support.handlerOf(request, DatesController.class);
        if (handler == null) {
            return response;
        }
        switch (handler) {
            case "millis": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, MILLIS_POLICY, body instanceof DatesController.Millis value ? validatorsOfDatesControllerMillis(value) : null);
            }
            case "paris": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, PARIS_POLICY, body instanceof DatesController.Paris value ? validatorsOfDatesControllerParis(value) : null);
            }
            case "utc": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, UTC_POLICY, body instanceof DatesController.Utc value ? validatorsOfDatesControllerUtc(value) : null);
            }
            case "local": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, LOCAL_POLICY, body instanceof DatesController.Local value ? validatorsOfDatesControllerLocal(value) : null);
            }
            case "zoned": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, ZONED_POLICY, body instanceof DatesController.Zoned value ? validatorsOfDatesControllerZoned(value) : null);
            }
            case "legacy": {
                Object body = support.bodyOf(response);
                return support.afterRead(request, response, LEGACY_POLICY, body instanceof DatesController.Legacy value ? validatorsOfDatesControllerLegacy(value) : null);
            }
            default: {
                return response;
            }
        }
    }

    private static Validators validatorsOfDatesControllerMillis(DatesController.Millis value) {
        Long lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : Instant.ofEpochMilli(lastModified));
    }

    private static Validators validatorsOfDatesControllerParis(DatesController.Paris value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.atZone(ZoneId.of("Europe/Paris")).toInstant());
    }

    private static Validators validatorsOfDatesControllerUtc(DatesController.Utc value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant(ZoneOffset.UTC));
    }

    private static Validators validatorsOfDatesControllerLocal(DatesController.Local value) {
        LocalDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Validators validatorsOfDatesControllerZoned(DatesController.Zoned value) {
        ZonedDateTime lastModified = value.modifiedAt();
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant());
    }

    private static Validators validatorsOfDatesControllerLegacy(DatesController.Legacy value) {
        Date lastModified = value.modifiedAt;
        return Validators.of(null, lastModified == null ? null : lastModified.toInstant());
    }
}
