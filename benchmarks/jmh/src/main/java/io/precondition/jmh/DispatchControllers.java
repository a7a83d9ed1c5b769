package io.precondition.jmh;

import io.precondition.http.Decision;
import io.precondition.http.EntityTag;
import io.precondition.http.PreconditionEvaluator;
import io.precondition.http.Validators;
import io.precondition.micronaut.binding.HandlerBinding;
import io.precondition.micronaut.binding.HandlerPolicy;
import io.precondition.micronaut.binding.Lookup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The controllers of {@link DispatchBenchmark}, eight of the same shape under different names (as the handlers of a
 * real app's controllers are), each with the code both generations of the processor wrote for it:
 * <ul>
 * <li>{@code Old*Filter}: main 2f95c30's generated filter, copied by hand from its golden
 *     {@code RecordPageControllerPreconditions} (processor/src/test/resources at 2f95c30): the controller's own
 *     check of the routed method ({@code handlerOf}), a {@code switch} on its name, direct calls of the lookup and of
 *     the validators' static methods, then the shared evaluation ({@code beforeRead} / {@code beforeWrite}), with what
 *     touches Micronaut (request attributes, responses, executors) left out;</li>
 * <li>{@code *Bindings}: today's generated {@code HandlerBindings} (golden of the same name on main): one
 *     {@link Lookup} lambda per lookup and method references to the validators, in {@link HandlerBinding}s.</li>
 * </ul>
 * Each controller has a version record of its own, so that every lambda and method reference is a class of its own.
 */
final class DispatchControllers {

    /** A route as Micronaut resolved it: compared by identity (new engine), or read for its method (old filters). */
    record Route(Class<?> declaringType, String methodName) {
    }

    /** What a guarded request gives the code under test: its route, its route variables, its conditional fields. */
    record Request(Route route, Map<String, Object> variables, io.precondition.http.Conditionals conditionals)
            implements io.precondition.micronaut.binding.RouteVariables {

        @Override
        public <T> T get(String name, Class<T> type) {
            Object value = variables.get(name);
            return type.cast(value);
        }
    }

    /** The old generated filters' common shape, as Micronaut's filter chain called them. */
    interface OldFilter {
        /**
         * @param request the request
         * @return the request phase's decision, {@code null} when the route is not this controller's
         */
        Decision beforeHandler(Request request);
    }

    /** A controller of {@link DispatchBenchmark}: its routes, old filter and new bindings. */
    record Controller(Class<?> type, List<Route> routes, OldFilter oldFilter, List<HandlerBinding> bindings) {
    }

    static final String[] SLUGS = {"a", "b", "c", "d"};

    /** The old {@code ConditionalRequestSupport.handlerOf}, without the AOP proxy case (no proxies here). */
    static String handlerOf(Request request, Class<?> controller) {
        Route target = request.route();
        return target.declaringType() == controller ? target.methodName() : null;
    }

    /** The old {@code ConditionalRequestSupport.pathVariable}, without the conversion (the values are Strings). */
    static <T> T pathVariable(Request request, String name, Class<T> type) {
        Object value = request.variables().get(name);
        return type.cast(value);
    }

    /** The old {@code beforeRead}'s evaluation (RFC 9110 §13.2.2); an absent resource runs the handler. */
    static Decision beforeRead(Request request, Validators current) {
        return current.exists() ? PreconditionEvaluator.evaluate(true, request.conditionals(), current) : Decision.PROCEED;
    }

    /** The old {@code beforeWrite}'s evaluation. */
    static Decision beforeWrite(Request request, Validators current) {
        return PreconditionEvaluator.evaluateWrite(request.conditionals(), current, true);
    }

    static Map<String, Object> variables(String slug) {
        return Map.of("slug", slug);
    }

    /** @return the {@code n} first controllers */
    static List<Controller> controllers(int n) {
        List<Controller> all = List.of(
                PageController.controller(),
                NoteController.controller(),
                ItemController.controller(),
                UserController.controller(),
                OrderController.controller(),
                InvoiceController.controller(),
                CommentController.controller(),
                LabelController.controller());
        return all.subList(0, n);
    }


    // ------------------------------------------------------------------------------------------ Page

    /** A {@code Page}'s version: what the lookup reads. */
    record PageVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code pageVersion} and three guarded handlers. */
    static final class PageController {
        private final Map<String, PageVersion> rows = new HashMap<>();

        PageController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new PageVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<PageVersion> pageVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            PageController controller = new PageController();
            List<Route> routes = List.of(new Route(PageController.class, "get"), new Route(PageController.class, "put"),
                    new Route(PageController.class, "delete"));
            return new Controller(PageController.class, routes, new OldPageFilter(controller),
                    new PageBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link PageController}, its request phase. */
    static final class OldPageFilter implements OldFilter {
        private final PageController controller;

        OldPageFilter(PageController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, PageController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    PageVersion current = controller.pageVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfPageVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    PageVersion current = controller.pageVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfPageVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    PageVersion current = controller.pageVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfPageVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfPageVersion(PageVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfPageVersion(value), lastModified);
        }

        private static EntityTag entityTagOfPageVersion(PageVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link PageController}. */
    static final class PageBindings {
        private final PageController controller;

        PageBindings(PageController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup pageVersionLookup = Lookup.blocking(route -> controller.pageVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("PageController.get"), String.class)
                        .withLookup(pageVersionLookup, PageBindings::validatorsOfPageVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("PageController.put", true, false), String.class)
                        .withLookup(pageVersionLookup, PageBindings::validatorsOfPageVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("PageController.delete", true, true), String.class)
                        .withLookup(pageVersionLookup, PageBindings::validatorsOfPageVersion));
        }

        private static Validators validatorsOfPageVersion(PageVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfPageVersion(value), lastModified);
        }

        private static EntityTag entityTagOfPageVersion(PageVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Note

    /** A {@code Note}'s version: what the lookup reads. */
    record NoteVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code noteVersion} and three guarded handlers. */
    static final class NoteController {
        private final Map<String, NoteVersion> rows = new HashMap<>();

        NoteController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new NoteVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<NoteVersion> noteVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            NoteController controller = new NoteController();
            List<Route> routes = List.of(new Route(NoteController.class, "get"), new Route(NoteController.class, "put"),
                    new Route(NoteController.class, "delete"));
            return new Controller(NoteController.class, routes, new OldNoteFilter(controller),
                    new NoteBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link NoteController}, its request phase. */
    static final class OldNoteFilter implements OldFilter {
        private final NoteController controller;

        OldNoteFilter(NoteController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, NoteController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    NoteVersion current = controller.noteVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfNoteVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    NoteVersion current = controller.noteVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfNoteVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    NoteVersion current = controller.noteVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfNoteVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfNoteVersion(NoteVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfNoteVersion(value), lastModified);
        }

        private static EntityTag entityTagOfNoteVersion(NoteVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link NoteController}. */
    static final class NoteBindings {
        private final NoteController controller;

        NoteBindings(NoteController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup noteVersionLookup = Lookup.blocking(route -> controller.noteVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("NoteController.get"), String.class)
                        .withLookup(noteVersionLookup, NoteBindings::validatorsOfNoteVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("NoteController.put", true, false), String.class)
                        .withLookup(noteVersionLookup, NoteBindings::validatorsOfNoteVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("NoteController.delete", true, true), String.class)
                        .withLookup(noteVersionLookup, NoteBindings::validatorsOfNoteVersion));
        }

        private static Validators validatorsOfNoteVersion(NoteVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfNoteVersion(value), lastModified);
        }

        private static EntityTag entityTagOfNoteVersion(NoteVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Item

    /** A {@code Item}'s version: what the lookup reads. */
    record ItemVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code itemVersion} and three guarded handlers. */
    static final class ItemController {
        private final Map<String, ItemVersion> rows = new HashMap<>();

        ItemController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new ItemVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<ItemVersion> itemVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            ItemController controller = new ItemController();
            List<Route> routes = List.of(new Route(ItemController.class, "get"), new Route(ItemController.class, "put"),
                    new Route(ItemController.class, "delete"));
            return new Controller(ItemController.class, routes, new OldItemFilter(controller),
                    new ItemBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link ItemController}, its request phase. */
    static final class OldItemFilter implements OldFilter {
        private final ItemController controller;

        OldItemFilter(ItemController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, ItemController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    ItemVersion current = controller.itemVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfItemVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    ItemVersion current = controller.itemVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfItemVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    ItemVersion current = controller.itemVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfItemVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfItemVersion(ItemVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfItemVersion(value), lastModified);
        }

        private static EntityTag entityTagOfItemVersion(ItemVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link ItemController}. */
    static final class ItemBindings {
        private final ItemController controller;

        ItemBindings(ItemController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup itemVersionLookup = Lookup.blocking(route -> controller.itemVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("ItemController.get"), String.class)
                        .withLookup(itemVersionLookup, ItemBindings::validatorsOfItemVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("ItemController.put", true, false), String.class)
                        .withLookup(itemVersionLookup, ItemBindings::validatorsOfItemVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("ItemController.delete", true, true), String.class)
                        .withLookup(itemVersionLookup, ItemBindings::validatorsOfItemVersion));
        }

        private static Validators validatorsOfItemVersion(ItemVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfItemVersion(value), lastModified);
        }

        private static EntityTag entityTagOfItemVersion(ItemVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ User

    /** A {@code User}'s version: what the lookup reads. */
    record UserVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code userVersion} and three guarded handlers. */
    static final class UserController {
        private final Map<String, UserVersion> rows = new HashMap<>();

        UserController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new UserVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<UserVersion> userVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            UserController controller = new UserController();
            List<Route> routes = List.of(new Route(UserController.class, "get"), new Route(UserController.class, "put"),
                    new Route(UserController.class, "delete"));
            return new Controller(UserController.class, routes, new OldUserFilter(controller),
                    new UserBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link UserController}, its request phase. */
    static final class OldUserFilter implements OldFilter {
        private final UserController controller;

        OldUserFilter(UserController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, UserController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    UserVersion current = controller.userVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfUserVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    UserVersion current = controller.userVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfUserVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    UserVersion current = controller.userVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfUserVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfUserVersion(UserVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfUserVersion(value), lastModified);
        }

        private static EntityTag entityTagOfUserVersion(UserVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link UserController}. */
    static final class UserBindings {
        private final UserController controller;

        UserBindings(UserController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup userVersionLookup = Lookup.blocking(route -> controller.userVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("UserController.get"), String.class)
                        .withLookup(userVersionLookup, UserBindings::validatorsOfUserVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("UserController.put", true, false), String.class)
                        .withLookup(userVersionLookup, UserBindings::validatorsOfUserVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("UserController.delete", true, true), String.class)
                        .withLookup(userVersionLookup, UserBindings::validatorsOfUserVersion));
        }

        private static Validators validatorsOfUserVersion(UserVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfUserVersion(value), lastModified);
        }

        private static EntityTag entityTagOfUserVersion(UserVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Order

    /** A {@code Order}'s version: what the lookup reads. */
    record OrderVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code orderVersion} and three guarded handlers. */
    static final class OrderController {
        private final Map<String, OrderVersion> rows = new HashMap<>();

        OrderController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new OrderVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<OrderVersion> orderVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            OrderController controller = new OrderController();
            List<Route> routes = List.of(new Route(OrderController.class, "get"), new Route(OrderController.class, "put"),
                    new Route(OrderController.class, "delete"));
            return new Controller(OrderController.class, routes, new OldOrderFilter(controller),
                    new OrderBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link OrderController}, its request phase. */
    static final class OldOrderFilter implements OldFilter {
        private final OrderController controller;

        OldOrderFilter(OrderController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, OrderController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    OrderVersion current = controller.orderVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfOrderVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    OrderVersion current = controller.orderVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfOrderVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    OrderVersion current = controller.orderVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfOrderVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfOrderVersion(OrderVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfOrderVersion(value), lastModified);
        }

        private static EntityTag entityTagOfOrderVersion(OrderVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link OrderController}. */
    static final class OrderBindings {
        private final OrderController controller;

        OrderBindings(OrderController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup orderVersionLookup = Lookup.blocking(route -> controller.orderVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("OrderController.get"), String.class)
                        .withLookup(orderVersionLookup, OrderBindings::validatorsOfOrderVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("OrderController.put", true, false), String.class)
                        .withLookup(orderVersionLookup, OrderBindings::validatorsOfOrderVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("OrderController.delete", true, true), String.class)
                        .withLookup(orderVersionLookup, OrderBindings::validatorsOfOrderVersion));
        }

        private static Validators validatorsOfOrderVersion(OrderVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfOrderVersion(value), lastModified);
        }

        private static EntityTag entityTagOfOrderVersion(OrderVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Invoice

    /** A {@code Invoice}'s version: what the lookup reads. */
    record InvoiceVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code invoiceVersion} and three guarded handlers. */
    static final class InvoiceController {
        private final Map<String, InvoiceVersion> rows = new HashMap<>();

        InvoiceController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new InvoiceVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<InvoiceVersion> invoiceVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            InvoiceController controller = new InvoiceController();
            List<Route> routes = List.of(new Route(InvoiceController.class, "get"), new Route(InvoiceController.class, "put"),
                    new Route(InvoiceController.class, "delete"));
            return new Controller(InvoiceController.class, routes, new OldInvoiceFilter(controller),
                    new InvoiceBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link InvoiceController}, its request phase. */
    static final class OldInvoiceFilter implements OldFilter {
        private final InvoiceController controller;

        OldInvoiceFilter(InvoiceController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, InvoiceController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    InvoiceVersion current = controller.invoiceVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfInvoiceVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    InvoiceVersion current = controller.invoiceVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfInvoiceVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    InvoiceVersion current = controller.invoiceVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfInvoiceVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfInvoiceVersion(InvoiceVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfInvoiceVersion(value), lastModified);
        }

        private static EntityTag entityTagOfInvoiceVersion(InvoiceVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link InvoiceController}. */
    static final class InvoiceBindings {
        private final InvoiceController controller;

        InvoiceBindings(InvoiceController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup invoiceVersionLookup = Lookup.blocking(route -> controller.invoiceVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("InvoiceController.get"), String.class)
                        .withLookup(invoiceVersionLookup, InvoiceBindings::validatorsOfInvoiceVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("InvoiceController.put", true, false), String.class)
                        .withLookup(invoiceVersionLookup, InvoiceBindings::validatorsOfInvoiceVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("InvoiceController.delete", true, true), String.class)
                        .withLookup(invoiceVersionLookup, InvoiceBindings::validatorsOfInvoiceVersion));
        }

        private static Validators validatorsOfInvoiceVersion(InvoiceVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfInvoiceVersion(value), lastModified);
        }

        private static EntityTag entityTagOfInvoiceVersion(InvoiceVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Comment

    /** A {@code Comment}'s version: what the lookup reads. */
    record CommentVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code commentVersion} and three guarded handlers. */
    static final class CommentController {
        private final Map<String, CommentVersion> rows = new HashMap<>();

        CommentController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new CommentVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<CommentVersion> commentVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            CommentController controller = new CommentController();
            List<Route> routes = List.of(new Route(CommentController.class, "get"), new Route(CommentController.class, "put"),
                    new Route(CommentController.class, "delete"));
            return new Controller(CommentController.class, routes, new OldCommentFilter(controller),
                    new CommentBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link CommentController}, its request phase. */
    static final class OldCommentFilter implements OldFilter {
        private final CommentController controller;

        OldCommentFilter(CommentController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, CommentController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    CommentVersion current = controller.commentVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfCommentVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    CommentVersion current = controller.commentVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfCommentVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    CommentVersion current = controller.commentVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfCommentVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfCommentVersion(CommentVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfCommentVersion(value), lastModified);
        }

        private static EntityTag entityTagOfCommentVersion(CommentVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link CommentController}. */
    static final class CommentBindings {
        private final CommentController controller;

        CommentBindings(CommentController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup commentVersionLookup = Lookup.blocking(route -> controller.commentVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("CommentController.get"), String.class)
                        .withLookup(commentVersionLookup, CommentBindings::validatorsOfCommentVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("CommentController.put", true, false), String.class)
                        .withLookup(commentVersionLookup, CommentBindings::validatorsOfCommentVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("CommentController.delete", true, true), String.class)
                        .withLookup(commentVersionLookup, CommentBindings::validatorsOfCommentVersion));
        }

        private static Validators validatorsOfCommentVersion(CommentVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfCommentVersion(value), lastModified);
        }

        private static EntityTag entityTagOfCommentVersion(CommentVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    // ------------------------------------------------------------------------------------------ Label

    /** A {@code Label}'s version: what the lookup reads. */
    record LabelVersion(UUID id, long version, Instant updatedAt) {
    }

    /** A controller with a lookup {@code labelVersion} and three guarded handlers. */
    static final class LabelController {
        private final Map<String, LabelVersion> rows = new HashMap<>();

        LabelController() {
            for (int i = 0; i < SLUGS.length; i++) {
                rows.put(SLUGS[i], new LabelVersion(new UUID(i + 1L, i + 1L), 17 + i,
                        Instant.ofEpochSecond(1_700_000_000L + i)));
            }
        }

        Optional<LabelVersion> labelVersion(String slug) {
            return Optional.ofNullable(rows.get(slug));
        }

        static Controller controller() {
            LabelController controller = new LabelController();
            List<Route> routes = List.of(new Route(LabelController.class, "get"), new Route(LabelController.class, "put"),
                    new Route(LabelController.class, "delete"));
            return new Controller(LabelController.class, routes, new OldLabelFilter(controller),
                    new LabelBindings(controller).bindings());
        }
    }

    /** 2f95c30's generated filter of {@link LabelController}, its request phase. */
    static final class OldLabelFilter implements OldFilter {
        private final LabelController controller;

        OldLabelFilter(LabelController controller) {
            this.controller = controller;
        }

        @Override
        public Decision beforeHandler(Request request) {
            String handler = handlerOf(request, LabelController.class);
            if (handler == null) {
                return null;
            }
            switch (handler) {
                case "get": {
                    if (request.conditionals().isEmpty()) {
                        return Decision.PROCEED;
                    }
                    LabelVersion current = controller.labelVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfLabelVersion(current);
                    return beforeRead(request, validators);
                }
                case "put": {
                    LabelVersion current = controller.labelVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfLabelVersion(current);
                    return beforeWrite(request, validators);
                }
                case "delete": {
                    LabelVersion current = controller.labelVersion(pathVariable(request, "slug", String.class)).orElse(null);
                    Validators validators = current == null ? Validators.ABSENT : validatorsOfLabelVersion(current);
                    return beforeWrite(request, validators);
                }
                default: {
                    return Decision.PROCEED;
                }
            }
        }

        private static Validators validatorsOfLabelVersion(LabelVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfLabelVersion(value), lastModified);
        }

        private static EntityTag entityTagOfLabelVersion(LabelVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }

    /** Today's generated bindings of {@link LabelController}. */
    static final class LabelBindings {
        private final LabelController controller;

        LabelBindings(LabelController controller) {
            this.controller = controller;
        }

        List<HandlerBinding> bindings() {
            Lookup labelVersionLookup = Lookup.blocking(route -> controller.labelVersion(route.get("slug", String.class)));
            return List.of(
                    HandlerBinding.of("get", HandlerPolicy.read("LabelController.get"), String.class)
                        .withLookup(labelVersionLookup, LabelBindings::validatorsOfLabelVersion),
                    HandlerBinding.of("put", HandlerPolicy.write("LabelController.put", true, false), String.class)
                        .withLookup(labelVersionLookup, LabelBindings::validatorsOfLabelVersion),
                    HandlerBinding.of("delete", HandlerPolicy.write("LabelController.delete", true, true), String.class)
                        .withLookup(labelVersionLookup, LabelBindings::validatorsOfLabelVersion));
        }

        private static Validators validatorsOfLabelVersion(LabelVersion value) {
            Instant lastModified = value.updatedAt();
            return Validators.of(entityTagOfLabelVersion(value), lastModified);
        }

        private static EntityTag entityTagOfLabelVersion(LabelVersion value) {
            UUID part0 = value.id();
            long part1 = value.version();
            if (part0 == null) {
                return null;
            }
            return EntityTag.builder().add(part0).add(part1).strong();
        }
    }


    private DispatchControllers() {
    }
}
