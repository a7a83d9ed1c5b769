package io.precondition.micronaut.engine;

import io.micronaut.aop.Intercepted;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.MethodReference;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;
import io.precondition.micronaut.PreconditionConfiguration;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerBindings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which handler binding serves a request: built once at start-up from the routes Micronaut's {@link Router} made and
 * the generated {@link HandlerBindings}, so that a request finds its binding by its route in constant time, whatever
 * the number of annotated controllers. The one place that decides which routes Precondition guards.
 *
 * <p>It also fails the start-up when a route carries {@link Versioned} or {@link ConditionalWrite} but has no
 * binding: {@code precondition-processor} did not run when its controller was compiled (e.g. it was a plain
 * dependency, which Micronaut's Maven parent never runs because it sets {@code annotationProcessorPaths}), and the
 * route would silently send no validators and guard no writes. Both sides are compile-time metadata and generated
 * direct calls; nothing is read by reflection.
 */
@Context
@Internal
@Requires(beans = Router.class)
@Requires(property = PreconditionConfiguration.PREFIX + ".enabled", notEquals = "false")
public class BindingTable {

    /** The id of the start-up failure's message. */
    public static final String NO_BINDING = "[Precondition/NoGeneratedFilter]";

    private final Map<RouteInfo<?>, HandlerBinding> byRoute = new IdentityHashMap<>();

    /**
     * @param router the application's routes
     * @param generated the bindings the processor generated, one bean per annotated controller
     */
    public BindingTable(Router router, List<HandlerBindings> generated) {
        Map<Class<?>, List<HandlerBinding>> byController = new HashMap<>();
        for (HandlerBindings bindings : generated) {
            byController.computeIfAbsent(bindings.controller(), c -> new ArrayList<>()).addAll(bindings.bindings());
        }
        Set<String> unbound = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            HandlerBinding binding = bindingOf(route, byController);
            if (binding != null) {
                byRoute.put(route, binding);
            } else if (isGuarded(route)) {
                MethodReference<?, ?> target = route.getTargetMethod();
                unbound.add(controllerOf(target.getDeclaringType()).getName() + "#" + target.getMethodName());
            }
        });
        if (!unbound.isEmpty()) {
            throw new ConfigurationException(message(unbound));
        }
    }

    /**
     * @param request a request
     * @return the binding of the handler it was routed to, or {@code null} when that handler is not guarded
     */
    public @Nullable HandlerBinding bindingOf(HttpRequest<?> request) {
        RouteInfo<?> info = RouteAttributes.getRouteInfo(request).orElse(null);
        return info == null ? null : byRoute.get(info);
    }

    private static @Nullable HandlerBinding bindingOf(MethodBasedRouteInfo<?, ?> route,
                                                      Map<Class<?>, List<HandlerBinding>> byController) {
        MethodReference<?, ?> target = route.getTargetMethod();
        List<HandlerBinding> candidates = byController.get(controllerOf(target.getDeclaringType()));
        if (candidates == null) {
            return null;
        }
        for (HandlerBinding binding : candidates) {
            if (binding.method().equals(target.getMethodName()) && sameTypes(binding.parameterTypes(), target)) {
                return binding;
            }
        }
        return null;
    }

    /** The controller a route's bean is: the class itself, or the class an AOP proxy ({@link Intercepted}) extends. */
    private static Class<?> controllerOf(Class<?> bean) {
        return Intercepted.class.isAssignableFrom(bean) && bean.getSuperclass() != null ? bean.getSuperclass() : bean;
    }

    private static boolean sameTypes(List<Class<?>> parameterTypes, MethodReference<?, ?> target) {
        Argument<?>[] arguments = target.getArguments();
        if (arguments.length != parameterTypes.size()) {
            return false;
        }
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getType() != parameterTypes.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the route's annotations ask for Precondition: a {@code @ConditionalWrite}, or a {@code @Versioned} read
     * (on the method, its class or the interface method it implements) routed for GET or HEAD.
     */
    private static boolean isGuarded(UriRouteInfo<?, ?> route) {
        AnnotationMetadata metadata = route.getAnnotationMetadata();
        HttpMethod method = route.getHttpMethod();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        return metadata.hasAnnotation(ConditionalWrite.class) || (read && metadata.hasAnnotation(Versioned.class));
    }

    private static String message(Set<String> unbound) {
        List<String> handlers = new ArrayList<>(unbound);
        return NO_BINDING + " " + String.join(", ", handlers) + (handlers.size() == 1 ? " carries" : " carry")
                + " @Versioned or @ConditionalWrite, but no code generated by precondition-processor covers "
                + (handlers.size() == 1 ? "it" : "them")
                + ": the processor did not run when the controller was compiled, so these routes would send no "
                + "validators and guard no writes. Fix: add io.precondition:precondition-processor, with its version, "
                + "to the annotation processor path beside Micronaut's own (Maven: maven-compiler-plugin's "
                + "<annotationProcessorPaths>; a plain or provided dependency is not run there. Gradle: "
                + "annotationProcessor; Kotlin: kapt), then rebuild from clean (an incremental build may not recompile the "
                + "controller).";
    }
}
