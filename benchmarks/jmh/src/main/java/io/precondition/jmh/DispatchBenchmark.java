package io.precondition.jmh;

import io.precondition.http.Conditionals;
import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import io.precondition.jmh.DispatchControllers.Controller;
import io.precondition.jmh.DispatchControllers.OldFilter;
import io.precondition.jmh.DispatchControllers.Request;
import io.precondition.jmh.DispatchControllers.Route;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The request phase's dispatch, old generated code against today's engine (issue 17, item 9): for a conditional GET
 * whose If-None-Match holds the current tag (a 304), find the routed handler's code, run its lookup, read the
 * validators of the lookup's value and evaluate the request's conditions. No I/O: the lookups read a map.
 *
 * <ul>
 * <li>{@link #oldInlined}: 2f95c30's shape. Micronaut called the filter of the route's controller (here through the
 *     {@link OldFilter} interface, as its filter chain did: one class per controller), which checked the routed
 *     method's declaring type, switched on its name, and called the lookup and the validators directly.</li>
 * <li>{@link #newBindings}: today's {@code PreconditionFilter}: one class for every route; the route's
 *     {@link HandlerBinding} from an identity map of routes (as {@code BindingTable} holds it, filled from the same
 *     bindings; {@code BindingTable} itself needs Micronaut's {@code Router}), then the binding's {@link Lookup}
 *     lambda and validators function, as {@code RequestPhase} and {@code LookupRunner} call them for a blocking lookup
 *     run where the handler runs.</li>
 * </ul>
 *
 * <p>{@code controllers} is how many controllers the requests rotate through, each with its own lambda and method
 * reference classes: with 1 every call site sees one class (monomorphic, as in a JIT-friendly microbenchmark), with 8
 * the engine's lambda calls are megamorphic, as in an application with many annotated controllers (and the old code's
 * call into the controller's filter too). Both read the request's route from a field; Micronaut's request attribute
 * lookup, which both generations do once, is left out. An operation is one request; the requests rotate through
 * {@value #REQUESTS} prepared requests, the controllers' GET routes and the pages in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {

    static final int REQUESTS = 64;

    /** How many controllers the requests rotate through. */
    @Param({"1", "8"})
    public int controllers;

    private Request[] requests;
    private Map<Route, OldFilter> filters;
    private Map<Route, HandlerBinding> byRoute;
    private int next;

    @Setup
    public void setUp() {
        List<Controller> all = DispatchControllers.controllers(8);
        byRoute = new IdentityHashMap<>();
        filters = new IdentityHashMap<>();
        for (Controller controller : all) {
            for (Route route : controller.routes()) {
                filters.put(route, controller.oldFilter());
                for (HandlerBinding binding : controller.bindings()) {
                    if (binding.method().equals(route.methodName())) {
                        byRoute.put(route, binding);
                    }
                }
            }
        }
        // Every request's If-None-Match names its page's current tag (the controllers' tags are alike), so both paths
        // answer 304; checked once here.
        requests = new Request[REQUESTS];
        List<Controller> rotated = all.subList(0, controllers);
        for (int i = 0; i < REQUESTS; i++) {
            Controller controller = rotated.get(i % controllers);
            int page = (i / controllers) % DispatchControllers.SLUGS.length;
            EntityTag tag = EntityTag.builder().add(new UUID(page + 1L, page + 1L)).add(17 + page).strong();
            Conditionals conditionals = Conditionals.of(List.of(), List.of(tag.toString()), List.of(), List.of());
            requests[i] = new Request(controller.routes().get(0),
                    DispatchControllers.variables(DispatchControllers.SLUGS[page]), conditionals);
        }
        List<Decision> decisions = new ArrayList<>();
        for (Request request : requests) {
            decisions.add(oldPath(request));
            decisions.add(newPath(request));
        }
        if (decisions.stream().anyMatch(d -> d != Decision.NOT_MODIFIED)) {
            throw new IllegalStateException("not every request is a 304: " + decisions);
        }
        // Both paths' call sites see every controller's classes before measuring, whichever runs first.
        for (int i = 0; i < 20_000; i++) {
            oldPath(requests[i % REQUESTS]);
            newPath(requests[i % REQUESTS]);
        }
    }

    /**
     * @param blackhole consumes the decision
     */
    @Benchmark
    public void oldInlined(Blackhole blackhole) {
        blackhole.consume(oldPath(nextRequest()));
    }

    /**
     * @param blackhole consumes the decision
     */
    @Benchmark
    public void newBindings(Blackhole blackhole) {
        blackhole.consume(newPath(nextRequest()));
    }

    private Request nextRequest() {
        Request request = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return request;
    }

    /**
     * The filter of the route's controller, then its request phase. Micronaut found that filter by matching every
     * filter's patterns against the request's path, a cost that grows with the number of controllers (measured by
     * bench/app-size.sh); an identity map stands in for it here, the same lookup as the engine's.
     */
    private Decision oldPath(Request request) {
        return filters.get(request.route()).beforeHandler(request);
    }

    /** {@code PreconditionEngine} / {@code RequestPhase.answer} and {@code beforeRead}, without Micronaut's parts. */
    private Decision newPath(Request request) {
        HandlerBinding binding = byRoute.get(request.route());
        if (binding == null) {
            return null;
        }
        HandlerPolicy policy = binding.policy();
        Lookup lookup = binding.lookup();
        if (lookup == null || (!policy.isWrite() && !policy.validatorsFromLookup() && request.conditionals().isEmpty())) {
            return Decision.PROCEED;
        }
        Validators current = binding.validatorsOfLookup(unwrapped(lookup.call().find(request)));
        if (!current.exists()) {
            return Decision.PROCEED;
        }
        return PreconditionEvaluator.evaluate(true, request.conditionals(), current);
    }

    private static Object unwrapped(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }
}
