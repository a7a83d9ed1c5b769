package io.precondition.processor;

import com.palantir.javapoet.TypeName;
import io.precondition.processor.HandlerModel.Argument;
import io.precondition.processor.HandlerModel.LookupModel;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.precondition.processor.TypeTests.OPTIONAL;
import static io.precondition.processor.TypeTests.isType;
import static io.precondition.processor.TypeTests.nameOf;
import static io.precondition.processor.TypeTests.singleTypeArgument;

/**
 * Finds the lookup method a handler names ({@code lookup = "..."}, the handler's own or else its controller's
 * {@code @Versioned} one) on the controller: its arguments from the route's variables, how it delivers its value
 * (blocking, {@code Mono}, {@code CompletionStage}, a Kotlin {@code suspend fun}) and the validators of that value.
 * Reports a missing, overloaded or unreachable lookup, a parameter no route variable fills, and a value without
 * validators.
 */
final class LookupDiscovery {

    private static final String PATH_VARIABLE = "io.micronaut.http.annotation.PathVariable";

    private final Elements elements;
    private final TypeTests types;
    private final ReturnTypes returnTypes;
    private final ValidatorDiscovery validators;

    LookupDiscovery(Elements elements, TypeTests types, ReturnTypes returnTypes, ValidatorDiscovery validators) {
        this.elements = elements;
        this.types = types;
        this.returnTypes = returnTypes;
        this.validators = validators;
    }

    /**
     * Where a lookup is named: its name, and the element, annotation and {@code lookup} value the caret should point at.
     */
    record LookupSite(String name, Element element, AnnotationMirror mirror, AnnotationValue value) {

        Problem problem(String message) {
            return Problem.on(element, mirror, value, message);
        }
    }

    /** @return where the handler's lookup is named: its own annotation's, else its controller's; empty for none */
    Optional<LookupSite> named(TypeElement controller, HandlerSite site) {
        AnnotationMirror own = site.write() != null ? site.write() : site.versioned();
        String name = own == null ? "" : String.valueOf(AnnotationValues.of(elements, own, "lookup"));
        if (!name.isEmpty()) {
            return Optional.of(new LookupSite(name, site.elementOf(own), own,
                    AnnotationValues.valueOf(elements, own, "lookup")));
        }
        AnnotationMirror classVersioned = AnnotationValues.annotation(controller, HandlerScanner.VERSIONED);
        name = classVersioned == null ? "" : String.valueOf(AnnotationValues.of(elements, classVersioned, "lookup"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // The caret goes on the lookup attribute that named it: here, the controller's.
        return Optional.of(new LookupSite(name, controller, classVersioned, AnnotationValues.valueOf(elements, classVersioned, "lookup")));
    }

    /**
     * @param pkg the package of the generated code that calls the lookup
     * @return the lookup, or empty when it cannot be called (problems were added); a lookup with a parameter that no
     *     route variable fills is returned, with its problem added
     */
    Optional<LookupModel> find(TypeElement controller, HandlerSite handler, LookupSite site, PackageElement pkg,
                               List<Problem> problems) {
        Optional<ExecutableElement> found = method(controller, handler.method(), site, pkg, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExecutableElement lookup = found.get();
        List<Argument> arguments = arguments(lookup, variablesOf(controller, handler), problems);
        return value(lookup, pkg, problems).map(value -> new LookupModel(lookup.getSimpleName().toString(),
                arguments, value.optional(), value.model(), value.async(), null));
    }

    /** The variables of the handler's routes, which fill the lookup's parameters. */
    private static Set<String> variablesOf(TypeElement controller, HandlerSite handler) {
        Set<String> variables = new LinkedHashSet<>();
        for (String uri : Routes.urisOf(controller, handler.method(), handler.route())) {
            variables.addAll(Routes.variablesOf(uri));
        }
        return variables;
    }

    /** The one method of that name the generated code can call, or empty after reporting why there is none. */
    private Optional<ExecutableElement> method(TypeElement controller, ExecutableElement handler, LookupSite site,
                                               PackageElement pkg, List<Problem> problems) {
        List<ExecutableElement> candidates = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
            if (method.getSimpleName().contentEquals(site.name())) {
                candidates.add(method);
            }
        }
        String controllerName = controller.getSimpleName().toString();
        if (candidates.isEmpty()) {
            problems.add(site.problem(Messages.lookupNotFound(site.name(), controllerName, nameOf(handler))));
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            problems.add(site.problem(Messages.lookupOverloaded(site.name(), controllerName)));
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
        return Optional.of(lookup);
    }

    /** The route variable of each parameter (its {@code @PathVariable} name, else its own); reports the others. */
    private List<Argument> arguments(ExecutableElement lookup, Set<String> variables, List<Problem> problems) {
        List<Argument> arguments = new ArrayList<>();
        boolean suspend = SuspendFunctions.isSuspend(lookup);
        for (VariableElement parameter : lookup.getParameters()) {
            if (suspend && SuspendFunctions.isContinuation(parameter)) {
                continue;
            }
            String variable = variableOf(parameter);
            if (!variables.contains(variable)) {
                problems.add(Problem.on(parameter, Messages.lookupParameter(nameOf(lookup),
                        parameter.getSimpleName().toString(),
                        variables.isEmpty() ? "none" : String.join(", ", variables))));
                continue;
            }
            arguments.add(new Argument(variable, TypeName.get(parameter.asType()).box()));
        }
        return arguments;
    }

    private String variableOf(VariableElement parameter) {
        AnnotationMirror pathVariable = AnnotationValues.annotation(parameter, PATH_VARIABLE);
        if (pathVariable != null) {
            for (String attribute : List.of("value", "name")) {
                Object value = AnnotationValues.of(elements, pathVariable, attribute);
                if (value != null && !value.toString().isEmpty()) {
                    return value.toString();
                }
            }
        }
        return parameter.getSimpleName().toString();
    }

    /** What a lookup returns, unwrapped: how it is delivered, whether it is optional, and its validators. */
    private record Value(HandlerModel.Async async, boolean optional, ValidatorModel model) {
    }

    private Optional<Value> value(ExecutableElement lookup, PackageElement pkg, List<Problem> problems) {
        boolean suspend = SuspendFunctions.isSuspend(lookup);
        TypeMirror returned = lookup.getReturnType();
        HandlerModel.Async async = HandlerModel.Async.NONE;
        if (suspend) {
            async = HandlerModel.Async.SUSPEND;
            returned = SuspendFunctions.valueTypeOf(lookup);
            if (returned != null && returnTypes.isAsync(returned)) {
                // A Mono or CompletionStage from a suspend fun: a value later, twice over.
                returned = null;
            }
        } else if (types.isSubtypeOf(returned, ReturnTypes.MONO)) {
            async = HandlerModel.Async.MONO;
            returned = singleTypeArgument(returned);
        } else if (types.isSubtypeOf(returned, ReturnTypes.COMPLETION_STAGE)) {
            async = HandlerModel.Async.COMPLETION_STAGE;
            returned = singleTypeArgument(returned);
        }
        if (returned == null) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), ReturnTypes.returnedName(lookup))));
            return Optional.empty();
        }
        boolean optional = async != HandlerModel.Async.MONO && isType(returned, OPTIONAL);
        TypeMirror value = optional ? singleTypeArgument(returned) : returned;
        String valueName = suspend ? SuspendFunctions.describe(returned) : returned.toString();
        HandlerModel.Async delivery = async;
        return validatorsOf(lookup, value, valueName, pkg, problems)
                .map(model -> new Value(delivery, optional, model));
    }

    /** The validators of the lookup's value, or empty after reporting a value that has none. */
    private Optional<ValidatorModel> validatorsOf(ExecutableElement lookup, TypeMirror value, String valueName,
                                                  PackageElement pkg, List<Problem> problems) {
        if (value == null || value.getKind() != TypeKind.DECLARED) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), valueName)));
            return Optional.empty();
        }
        Optional<ValidatorModel> model = validators.discover(value, pkg, problems);
        if (model.isPresent() && model.get().isEmpty()) {
            problems.add(Problem.on(lookup, Messages.lookupReturn(nameOf(lookup), valueName)
                    + validators.fieldTargetHint(value)));
            return Optional.empty();
        }
        return model;
    }
}
