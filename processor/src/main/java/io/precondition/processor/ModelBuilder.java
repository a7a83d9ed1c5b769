package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.HandlerModel.Argument;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.HandlerModel.ValueFromTag;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Checks one controller's annotated handlers against the rules (one small method per rule) and builds its
 * {@link ControllerModel}. Every broken rule becomes a {@link Problem} on the element at fault; a controller with
 * problems gets no model.
 */
final class ModelBuilder {

    /** Single-value asynchronous types: Micronaut resolves them before the response filter sees the body. */
    private static final List<String> SINGLE_ASYNC_TYPES = List.of(
            "java.util.concurrent.CompletionStage", "reactor.core.publisher.Mono");
    /** Asynchronous types that are not supported: a blocking Future, a Kotlin Flow. */
    private static final List<String> UNSUPPORTED_ASYNC_TYPES = List.of(
            "java.util.concurrent.Future", "kotlinx.coroutines.flow.Flow");
    private static final String MONO = "reactor.core.publisher.Mono";
    /** Several values (a {@code Flux}, any other {@code Publisher} but a {@code Mono}): the body is a stream. */
    private static final String PUBLISHER = "org.reactivestreams.Publisher";
    /** Micronaut resolves a {@code Publisher} so annotated as one value, like a {@code Mono}. */
    private static final String SINGLE_RESULT = "io.micronaut.core.async.annotation.SingleResult";
    private static final String HTTP_RESPONSE = "io.micronaut.http.HttpResponse";
    private static final String PATH_VARIABLE = "io.micronaut.http.annotation.PathVariable";
    private static final String CHECKED_STATE = "io.precondition.micronaut.CheckedState";
    /**
     * Bodies with no properties to read validators from, written as they are (text, bytes, a file): with a lookup,
     * the lookup's validators version them.
     */
    private static final List<String> OPAQUE_BODIES = List.of("java.lang.CharSequence",
            "io.micronaut.http.server.types.files.FileCustomizableResponseType");

    private final Elements elements;
    private final Types types;
    private final ValidatorDiscovery discovery;

    ModelBuilder(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.discovery = new ValidatorDiscovery(env);
    }

    Optional<ControllerModel> build(TypeElement controller, List<HandlerSite> sites, List<Problem> problems) {
        int before = problems.size();
        PackageElement pkg = elements.getPackageOf(controller);
        checkController(controller, sites, problems);
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerSite site : sites) {
            handler(controller, site, pkg, problems).ifPresent(handlers::add);
        }
        if (problems.size() > before || handlers.isEmpty()) {
            return Optional.empty();
        }
        ClassName controllerName = ClassName.get(controller);
        ClassName bindingsName = ClassName.get(controllerName.packageName(),
                String.join("_", controllerName.simpleNames()) + "Preconditions");
        return Optional.of(new ControllerModel(controllerName, bindingsName, List.of(), numberOverloads(handlers)));
    }

    /** Gives each annotated overload its place among the handlers of its name. */
    private static List<HandlerModel> numberOverloads(List<HandlerModel> handlers) {
        Map<String, Integer> seen = new HashMap<>();
        List<HandlerModel> numbered = new ArrayList<>();
        for (HandlerModel handler : handlers) {
            int place = seen.merge(handler.methodName(), 1, Integer::sum) - 1;
            numbered.add(place == 0 ? handler : handler.withOverload(place));
        }
        return numbered;
    }

    private void checkController(TypeElement controller, List<HandlerSite> sites, List<Problem> problems) {
        if (!Routes.isController(controller)) {
            for (HandlerSite site : sites) {
                AnnotationMirror mirror = site.versioned() != null ? site.versioned() : site.write();
                problems.add(Problem.on(site.elementOf(mirror), mirror,
                        Messages.notInController(nameOf(site.method()), controller.getSimpleName().toString())));
            }
            return;
        }
        if (controller.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Problem.on(controller, Messages.privateController(controller.getSimpleName().toString())));
        }
    }

    private Optional<HandlerModel> handler(TypeElement controller, HandlerSite site, PackageElement pkg,
                                           List<Problem> problems) {
        int before = problems.size();
        ExecutableElement method = site.method();
        AnnotationMirror versioned = site.versioned();
        AnnotationMirror write = site.write();
        AnnotationMirror classVersioned = ValidatorDiscovery.annotation(controller, HandlerScanner.VERSIONED);
        Routes.HttpMethod httpMethod = site.route();
        if (httpMethod == null) {
            AnnotationMirror mirror = versioned != null ? versioned : write;
            problems.add(Problem.on(site.elementOf(mirror), mirror, Messages.notAHandler(nameOf(method))));
            return Optional.empty();
        }
        if (versioned != null && write != null) {
            problems.add(Problem.on(site.elementOf(write), write, Messages.bothAnnotations(nameOf(method))));
            return Optional.empty();
        }
        if (versioned != null && !httpMethod.read()) {
            problems.add(Problem.on(site.elementOf(versioned), versioned,
                    Messages.versionedOnWrite(nameOf(method), httpMethod.name())));
        }
        if (write != null && httpMethod.read()) {
            problems.add(Problem.on(site.elementOf(write), write,
                    Messages.conditionalWriteOnRead(nameOf(method), httpMethod.name())));
        }
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Problem.on(method, Messages.privateHandler(nameOf(method))));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        boolean isWrite = write != null;
        List<String> uris = Routes.urisOf(controller, method, httpMethod);
        Set<String> variables = new LinkedHashSet<>();
        for (String uri : uris) {
            variables.addAll(Routes.variablesOf(uri));
        }

        // The body: what the handler returns, unwrapped.
        String returned = returnedName(method);
        Body unwrapped = bodyOf(method, problems);
        if (unwrapped == null) {
            return Optional.empty();
        }
        TypeMirror body = unwrapped.type();
        if (body == null && !isWrite) {
            problems.add(Problem.on(method, Messages.unknownBody(nameOf(method), returned)));
            return Optional.empty();
        }
        HandlerModel.BodyShape shape = unwrapped.shape();
        ValidatorModel bodyModel = null;
        TypeMirror validatorType = null;
        boolean opaque = body != null && shape == HandlerModel.BodyShape.VALUE && isOpaque(body);
        if (body != null && body.getKind() == TypeKind.DECLARED && !opaque) {
            Optional<TypeMirror> element = shape == HandlerModel.BodyShape.STREAM
                    ? Optional.of(body) : discovery.elementTypeOf(body);
            if (shape == HandlerModel.BodyShape.VALUE && element.isPresent()) {
                shape = HandlerModel.BodyShape.COLLECTION;
            }
            validatorType = element.orElse(body);
            bodyModel = discovery.discover(element.orElse(body), pkg, problems).orElse(null);
            if (bodyModel != null && shape != HandlerModel.BodyShape.VALUE && !bodyModel.hasTag()) {
                bodyModel = null;
            }
        }
        boolean collection = shape != HandlerModel.BodyShape.VALUE;
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!isWrite && !opaque && (bodyModel == null || bodyModel.isEmpty())) {
            String hint = validatorType == null ? "" : discovery.fieldTargetHint(validatorType);
            problems.add(Problem.on(versioned != null ? site.elementOf(versioned) : method,
                    versioned != null ? versioned : classVersioned, collection
                    ? Messages.noElementTag(nameOf(method), returned) + hint
                    : Messages.noValidators(nameOf(method), returned) + hint));
            return Optional.empty();
        }
        if (bodyModel != null && bodyModel.isEmpty()) {
            bodyModel = null;
        }

        // The lookup: the handler's own, else the class's @Versioned one.
        AnnotationMirror own = isWrite ? write : versioned;
        String lookupName = own == null ? "" : String.valueOf(AnnotationValues.of(elements, own, "lookup"));
        AnnotationMirror lookupMirror = own;
        if (lookupName.isEmpty() && classVersioned != null) {
            lookupName = String.valueOf(AnnotationValues.of(elements, classVersioned, "lookup"));
            lookupMirror = classVersioned;
        }
        LookupModel lookup = null;
        if (!lookupName.isEmpty()) {
            // The caret goes on the lookup attribute that named it: the handler's own, or the controller's.
            LookupSite lookupSite = new LookupSite(lookupMirror == classVersioned && lookupMirror != own ? controller
                    : site.elementOf(lookupMirror), lookupMirror,
                    AnnotationValues.valueOf(elements, lookupMirror, "lookup"));
            lookup = lookup(controller, method, lookupName, lookupSite, variables, pkg, problems).orElse(null);
            if (lookup == null) {
                return Optional.empty();
            }
            checkLookupMatchesBody(method, lookupSite, lookup, bodyModel, collection, problems);
        } else if (isWrite) {
            problems.add(Problem.on(site.elementOf(write), write, Messages.lookupRequired(nameOf(method))));
        } else if (opaque) {
            problems.add(Problem.on(versioned != null ? site.elementOf(versioned) : method,
                    versioned != null ? versioned : classVersioned,
                    Messages.opaqueBodyWithoutLookup(nameOf(method), returned.toString())));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }

        boolean requireGuard = !isWrite || Boolean.TRUE.equals(AnnotationValues.of(elements, write, "requireGuard"));
        boolean absentIsNotFound = true;
        if (isWrite) {
            String absent = String.valueOf(AnnotationValues.of(elements, write, "whenAbsent"));
            absentIsNotFound = absent.equals("NOT_FOUND")
                    || (absent.equals("BY_METHOD") && (httpMethod.name().equals("Patch") || httpMethod.name().equals("Delete")));
        }
        boolean lookupOnIfMatch = !isWrite || !Boolean.FALSE.equals(AnnotationValues.of(elements, write, "lookupOnIfMatch"));
        if (isWrite && lookupOnIfMatch && !takesCheckedState(method)
                && !Boolean.TRUE.equals(AnnotationValues.of(elements, write, "guardsWriteItself"))) {
            TypeName valueType = lookup.value().type();
            problems.add(Problem.on(site.elementOf(write), write, Messages.unguardedWrite(nameOf(method),
                    valueType instanceof ClassName name ? name.simpleName() : valueType.toString())));
            return Optional.empty();
        }
        if (!lookupOnIfMatch) {
            Optional<ValueFromTag> fromIfMatch = valueFromTag(method, site.elementOf(write), write, lookup, absentIsNotFound, problems);
            if (fromIfMatch.isEmpty()) {
                return Optional.empty();
            }
            lookup = lookup.withFromIfMatch(fromIfMatch.get());
        }
        boolean nameShared = nameShared(controller, method);
        String description = controller.getSimpleName() + "." + method.getSimpleName()
                + (nameShared ? parameterList(method) : "");
        HandlerModel.ReadPolicy read = isWrite ? HandlerModel.ReadPolicy.DEFAULT
                : readPolicy(versioned, classVersioned, opaque);
        return Optional.of(new HandlerModel(method.getSimpleName().toString(), description, isWrite, requireGuard,
                absentIsNotFound, lookup, bodyModel, bodyModel == null ? HandlerModel.BodyShape.VALUE : shape,
                parameterTypesOf(method), nameShared, read));
    }

    /** {@code (String, int)}: where a name is shared, what tells the handler apart in messages and metrics. */
    private String parameterList(ExecutableElement method) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            list.add(types.erasure(parameter.asType()).toString().replaceAll("[\\w$]+\\.", ""));
        }
        return list.toString();
    }

    /** @return the method's parameter types, erased as the runtime sees them */
    List<TypeName> parameterTypesOf(ExecutableElement method) {
        List<TypeName> parameterTypes = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameterTypes.add(TypeName.get(types.erasure(parameter.asType())));
        }
        return List.copyOf(parameterTypes);
    }

    /** Whether another method of the controller (its own or inherited) has the handler's name. */
    private boolean nameShared(TypeElement controller, ExecutableElement method) {
        for (ExecutableElement other : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
            if (!other.equals(method) && other.getSimpleName().contentEquals(method.getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** {@code @Versioned(cacheControl, vary)}: the method's own where it sets them, else the controller's. */
    private HandlerModel.ReadPolicy readPolicy(AnnotationMirror versioned, AnnotationMirror classVersioned,
                                               boolean opaque) {
        javax.lang.model.element.AnnotationValue cacheControl = explicitValue(versioned, "cacheControl");
        if (cacheControl == null) {
            cacheControl = explicitValue(classVersioned, "cacheControl");
        }
        javax.lang.model.element.AnnotationValue vary = explicitValue(versioned, "vary");
        if (vary == null) {
            vary = explicitValue(classVersioned, "vary");
        }
        String directives = cacheControl == null ? "" : String.valueOf(cacheControl.getValue()).trim();
        List<String> names = new ArrayList<>();
        if (vary != null && vary.getValue() instanceof List<?> values) {
            for (Object value : values) {
                Object name = value instanceof javax.lang.model.element.AnnotationValue v ? v.getValue() : value;
                if (!String.valueOf(name).isBlank()) {
                    names.add(String.valueOf(name).trim());
                }
            }
        }
        return new HandlerModel.ReadPolicy(directives.isEmpty() ? null : directives, List.copyOf(names), opaque);
    }

    /** The attribute's value where the annotation sets it explicitly, else {@code null}. */
    private static javax.lang.model.element.AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends javax.lang.model.element.AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Whether the body is text, bytes or a file: written as it is, with no properties to read validators from. */
    private boolean isOpaque(TypeMirror body) {
        if (body.getKind() == TypeKind.ARRAY) {
            return ((javax.lang.model.type.ArrayType) body).getComponentType().getKind() == TypeKind.BYTE;
        }
        return isSubtypeOfAny(body, OPAQUE_BODIES);
    }

    /**
     * {@code lookupOnIfMatch = false}: the lookup's value must be rebuildable from a tag, and the handler must take
     * it as {@code CheckedState} to guard its write with it.
     */
    private Optional<ValueFromTag> valueFromTag(ExecutableElement method, javax.lang.model.element.Element at,
                                                AnnotationMirror write, LookupModel lookup,
                                                boolean absentIsNotFound, List<Problem> problems) {
        javax.lang.model.element.AnnotationValue attribute = AnnotationValues.valueOf(elements, write, "lookupOnIfMatch");
        String handler = nameOf(method);
        if (absentIsNotFound) {
            problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupNotFound(handler)));
            return Optional.empty();
        }
        if (!takesCheckedState(method)) {
            problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupUnguarded(handler)));
            return Optional.empty();
        }
        ValidatorModel value = lookup.value();
        TypeElement type = value.type() instanceof ClassName name ? elements.getTypeElement(name.canonicalName()) : null;
        String typeName = value.type().toString();
        if (type == null || type.getKind() != ElementKind.RECORD
                || value.collectionTag() != null || value.tagParts().isEmpty()) {
            problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupValue(handler, typeName,
                    "it is not a record with an entity tag of its own parts")));
            return Optional.empty();
        }
        List<Integer> arguments = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (javax.lang.model.element.RecordComponentElement component : type.getRecordComponents()) {
            String accessor = "value." + component.getSimpleName() + "()";
            int part = -1;
            for (int i = 0; i < value.tagParts().size(); i++) {
                if (value.tagParts().get(i).accessor().equals(accessor)) {
                    part = i;
                }
            }
            if (part >= 0) {
                TypeName partType = unboxed(value.tagParts().get(part).type());
                if (value.tagParts().get(part).kind() == ValidatorModel.PartKind.NUMBER
                        && !partType.equals(TypeName.LONG) && !partType.equals(TypeName.INT)) {
                    problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupValue(handler,
                            typeName, "its tag part " + component.getSimpleName() + " is a " + partType
                                    + "; use long or int")));
                    return Optional.empty();
                }
                used.add(part);
                arguments.add(part);
            } else if (value.lastModified() != null && value.lastModified().accessor().equals(accessor)
                    && !value.lastModified().primitive()) {
                arguments.add(ValueFromTag.NULL);
            } else {
                problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupValue(handler, typeName,
                        "its component " + component.getSimpleName() + " is neither a part of the entity tag nor a"
                                + " nullable Last-Modified")));
                return Optional.empty();
            }
        }
        if (used.size() != value.tagParts().size()) {
            problems.add(Problem.on(at, write, attribute, Messages.ifMatchWithoutLookupValue(handler, typeName,
                    "a part of its entity tag is not a record component")));
            return Optional.empty();
        }
        return Optional.of(new ValueFromTag(List.copyOf(arguments)));
    }

    private boolean takesCheckedState(ExecutableElement method) {
        for (VariableElement parameter : method.getParameters()) {
            if (isSubtypeOf(parameter.asType(), CHECKED_STATE)) {
                return true;
            }
        }
        return false;
    }

    /** Where a lookup is named: the element, annotation and {@code lookup} value the caret should point at. */
    private record LookupSite(javax.lang.model.element.Element element, AnnotationMirror mirror,
                              javax.lang.model.element.AnnotationValue value) {

        Problem problem(String message) {
            return Problem.on(element, mirror, value, message);
        }
    }

    private Optional<LookupModel> lookup(TypeElement controller, ExecutableElement handler, String name,
                                         LookupSite site, Set<String> variables, PackageElement pkg,
                                         List<Problem> problems) {
        List<ExecutableElement> candidates = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
            if (method.getSimpleName().contentEquals(name)) {
                candidates.add(method);
            }
        }
        String controllerName = controller.getSimpleName().toString();
        if (candidates.isEmpty()) {
            problems.add(site.problem(Messages.lookupNotFound(name, controllerName, nameOf(handler))));
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            problems.add(site.problem(Messages.lookupOverloaded(name, controllerName)));
            return Optional.empty();
        }
        ExecutableElement lookup = candidates.get(0);
        Set<Modifier> modifiers = lookup.getModifiers();
        boolean samePackage = elements.getPackageOf(lookup).equals(pkg);
        if (modifiers.contains(Modifier.PRIVATE) || modifiers.contains(Modifier.STATIC)
                || (!modifiers.contains(Modifier.PUBLIC) && !samePackage)) {
            problems.add(Problem.on(lookup, Messages.lookupPrivate(nameOf(lookup))));
            return Optional.empty();
        }
        List<Argument> arguments = new ArrayList<>();
        boolean suspend = SuspendFunctions.isSuspend(lookup);
        for (VariableElement parameter : lookup.getParameters()) {
            if (suspend && SuspendFunctions.isContinuation(parameter)) {
                continue;
            }
            String variable = parameter.getSimpleName().toString();
            AnnotationMirror pathVariable = ValidatorDiscovery.annotation(parameter, PATH_VARIABLE);
            if (pathVariable != null) {
                for (String attribute : List.of("value", "name")) {
                    Object value = AnnotationValues.of(elements, pathVariable, attribute);
                    if (value != null && !value.toString().isEmpty()) {
                        variable = value.toString();
                        break;
                    }
                }
            }
            if (!variables.contains(variable)) {
                problems.add(Problem.on(parameter, Messages.lookupParameter(nameOf(lookup),
                        parameter.getSimpleName().toString(), variables.isEmpty() ? "none" : String.join(", ", variables))));
                continue;
            }
            arguments.add(new Argument(variable, TypeName.get(parameter.asType()).box()));
        }
        TypeMirror returned = lookup.getReturnType();
        String returnedName = returnedName(lookup);
        HandlerModel.Async async = HandlerModel.Async.NONE;
        if (suspend) {
            async = HandlerModel.Async.SUSPEND;
            returned = SuspendFunctions.valueTypeOf(lookup);
            if (returned != null && isAsync(returned)) {
                // A Mono or CompletionStage from a suspend fun: a value later, twice over.
                returned = null;
            }
        } else if (isSubtypeOf(returned, MONO)) {
            async = HandlerModel.Async.MONO;
            returned = singleTypeArgument(returned);
        } else if (isSubtypeOfAny(returned, List.of("java.util.concurrent.CompletionStage"))) {
            async = HandlerModel.Async.COMPLETION_STAGE;
            returned = singleTypeArgument(returned);
        }
        if (returned == null) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), returnedName)));
            return Optional.empty();
        }
        boolean optional = async != HandlerModel.Async.MONO && isType(returned, "java.util.Optional");
        TypeMirror value = optional ? singleTypeArgument(returned) : returned;
        String valueName = suspend ? SuspendFunctions.describe(returned) : returned.toString();
        if (value == null || value.getKind() != TypeKind.DECLARED) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), valueName)));
            return Optional.empty();
        }
        Optional<ValidatorModel> model = discovery.discover(value, pkg, problems);
        if (model.isPresent() && model.get().isEmpty()) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), valueName)
                    + discovery.fieldTargetHint(value)));
            return Optional.empty();
        }
        if (model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LookupModel(lookup.getSimpleName().toString(), arguments, optional, model.get(), async, null));
    }

    private void checkLookupMatchesBody(ExecutableElement handler, LookupSite site, LookupModel lookup,
                                        ValidatorModel body, boolean collection, List<Problem> problems) {
        if (body == null) {
            return;
        }
        String fromLookup = lookup.value().describe();
        String fromBody = collection ? new ValidatorModel(body.type(), body.simpleName(), List.of(),
                new ValidatorModel.CollectionTag("value", body), null).describe() : body.describe();
        if (!fromLookup.equals(fromBody)) {
            problems.add(site.problem(Messages.lookupMismatch(lookup.methodName(), fromLookup,
                    nameOf(handler), fromBody)));
        }
    }

    /**
     * A handler's body as Micronaut sends it.
     *
     * @param type the body's type (for a stream: its elements' type), or {@code null} when it cannot be known
     * @param shape one value (possibly an {@code Iterable}, told apart later) or a stream
     */
    private record Body(TypeMirror type, HandlerModel.BodyShape shape) {
    }

    /**
     * Unwraps a handler's return type the way Micronaut's {@code RouteExecutor} does: one single-value asynchronous
     * layer ({@code Mono}, {@code CompletionStage}, a {@code @SingleResult Publisher}, a {@code Publisher} of
     * {@code HttpResponse}), then {@code HttpResponse} (and a {@code Mono} inside it), then either a stream of several
     * values ({@code Flux}, {@code Publisher}) or {@code Optional}.
     *
     * @return the body, or {@code null} after reporting an unsupported type
     */
    private Body bodyOf(ExecutableElement method, List<Problem> problems) {
        String returned = returnedName(method);
        boolean suspend = SuspendFunctions.isSuspend(method);
        // A suspend fun's value is resolved by Micronaut like a Mono's: T of its trailing Continuation<? super T>.
        TypeMirror type = suspend ? SuspendFunctions.valueTypeOf(method) : method.getReturnType();
        boolean async = suspend || isSingleValued(method, type);
        if (async && !suspend) {
            type = singleTypeArgument(type);
        }
        if (type == null || type.getKind() == TypeKind.VOID || isType(type, SuspendFunctions.UNIT)) {
            return new Body(null, HandlerModel.BodyShape.VALUE);
        }
        boolean response = isType(type, HTTP_RESPONSE) || isSubtypeOf(type, HTTP_RESPONSE);
        if (response) {
            type = singleTypeArgument(type);
            if (type != null && isSubtypeOf(type, MONO)) {
                type = singleTypeArgument(type);
            }
            if (type == null || (type.getKind() != TypeKind.DECLARED && !isOpaque(type))) {
                return new Body(null, HandlerModel.BodyShape.VALUE);
            }
        }
        // A stream directly in a Mono or CompletionStage is not a documented Micronaut body: refused below.
        if (isSubtypeOf(type, PUBLISHER) && !isSubtypeOf(type, MONO) && (response || !async)) {
            TypeMirror element = singleTypeArgument(type);
            if (element == null || element.getKind() != TypeKind.DECLARED || isAsync(element)
                    || isType(element, "java.util.Optional")) {
                problems.add(Problem.on(method, Messages.reactiveReturn(nameOf(method), returned)));
                return null;
            }
            return new Body(element, HandlerModel.BodyShape.STREAM);
        }
        if (isType(type, "java.util.Optional")) {
            type = singleTypeArgument(type);
        }
        if (type != null && isAsync(type)) {
            problems.add(Problem.on(method, Messages.reactiveReturn(nameOf(method), returned)));
            return null;
        }
        return new Body(type, HandlerModel.BodyShape.VALUE);
    }

    /** @return the return type as messages name it: a suspend fun's value type, marked as such */
    private static String returnedName(ExecutableElement method) {
        return SuspendFunctions.isSuspend(method) ? SuspendFunctions.describe(SuspendFunctions.valueTypeOf(method))
                : method.getReturnType().toString();
    }

    /** Whether Micronaut resolves the returned value to one value before the response filters see it. */
    private boolean isSingleValued(ExecutableElement method, TypeMirror type) {
        if (isSubtypeOfAny(type, SINGLE_ASYNC_TYPES)) {
            return true;
        }
        if (!isSubtypeOf(type, PUBLISHER)) {
            return false;
        }
        TypeMirror argument = singleTypeArgument(type);
        return ValidatorDiscovery.annotation(method, SINGLE_RESULT) != null
                || (argument != null && (isType(argument, HTTP_RESPONSE) || isSubtypeOf(argument, HTTP_RESPONSE)));
    }

    /** Whether the type delivers its value later: a publisher, a stage, a blocking Future, a Kotlin Flow. */
    private boolean isAsync(TypeMirror type) {
        return isSubtypeOf(type, PUBLISHER) || isSubtypeOfAny(type, SINGLE_ASYNC_TYPES)
                || isSubtypeOfAny(type, UNSUPPORTED_ASYNC_TYPES);
    }

    private boolean isSubtypeOfAny(TypeMirror type, List<String> qualifiedNames) {
        for (String name : qualifiedNames) {
            if (isSubtypeOf(type, name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private boolean isSubtypeOf(TypeMirror type, String qualifiedName) {
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    private static TypeMirror singleTypeArgument(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 ? arguments.get(0) : null;
    }

    private static TypeName unboxed(TypeName type) {
        return type.isBoxedPrimitive() ? type.unbox() : type;
    }

    private static String nameOf(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
    }
}
