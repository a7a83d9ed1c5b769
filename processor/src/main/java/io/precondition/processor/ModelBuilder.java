package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.BodyDiscovery.FoundBody;
import io.precondition.processor.HandlerModel.LookupModel;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds the plain model of checked handlers: {@link HandlerModel} records of strings, {@code TypeName}s and flags
 * (no {@code Element}s), read from the annotations' attributes and what discovery found, and the
 * {@link ControllerModel} with the names of the generated class and of each handler. Checks nothing: the rules
 * ({@link HandlerRules}) ran before.
 */
final class ModelBuilder {

    private final Elements elements;
    private final Types types;

    ModelBuilder(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** @return the controller's model: its bindings class {@code XPreconditions} beside it, and its handlers */
    ControllerModel controller(TypeElement controller, List<HandlerModel> handlers) {
        ClassName controllerName = ClassName.get(controller);
        ClassName bindingsName = ClassName.get(controllerName.packageName(),
                String.join("_", controllerName.simpleNames()) + "Preconditions");
        return new ControllerModel(controllerName, bindingsName, numberOverloads(handlers));
    }

    /**
     * @param body the handler's body, as discovered
     * @param lookup its lookup (with its claim where {@code lookupOnIfMatch = false}), or {@code null}
     */
    HandlerModel handler(TypeElement controller, HandlerSite site, FoundBody body, LookupModel lookup) {
        ExecutableElement method = site.method();
        AnnotationMirror write = site.write();
        boolean isWrite = write != null;
        boolean requireGuard = !isWrite || Boolean.TRUE.equals(AnnotationValues.of(elements, write, "requireGuard"));
        boolean nameShared = nameShared(controller, method);
        String description = controller.getSimpleName() + "." + method.getSimpleName()
                + (nameShared ? parameterList(method) : "");
        HandlerModel.ReadPolicy read = isWrite ? HandlerModel.ReadPolicy.DEFAULT
                : readPolicy(site.versioned(), AnnotationValues.annotation(controller, HandlerScanner.VERSIONED),
                        body.opaque());
        ValidatorModel sent = body.sent();
        return new HandlerModel(method.getSimpleName().toString(), description, isWrite, requireGuard,
                absentIsNotFound(site), lookup, sent, sent == null ? HandlerModel.BodyShape.VALUE : body.shape(),
                parameterTypesOf(method), nameShared, read);
    }

    /** {@code whenAbsent}: whether an absent resource is 404 before the preconditions (always for a read). */
    boolean absentIsNotFound(HandlerSite site) {
        if (site.write() == null) {
            return true;
        }
        String absent = String.valueOf(AnnotationValues.of(elements, site.write(), "whenAbsent"));
        String httpMethod = site.route().name();
        return absent.equals("NOT_FOUND")
                || (absent.equals("BY_METHOD") && (httpMethod.equals("Patch") || httpMethod.equals("Delete")));
    }

    /** {@code lookupOnIfMatch}: whether a write runs its lookup also when its only condition is a strong If-Match. */
    static boolean lookupOnIfMatch(Elements elements, AnnotationMirror write) {
        return write == null || !Boolean.FALSE.equals(AnnotationValues.of(elements, write, "lookupOnIfMatch"));
    }

    /** @return the method's parameter types, erased as the runtime sees them */
    List<TypeName> parameterTypesOf(ExecutableElement method) {
        List<TypeName> parameterTypes = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameterTypes.add(TypeName.get(types.erasure(parameter.asType())));
        }
        return List.copyOf(parameterTypes);
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

    /** {@code (String, int)}: where a name is shared, what tells the handler apart in messages and metrics. */
    private String parameterList(ExecutableElement method) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            list.add(types.erasure(parameter.asType()).toString().replaceAll("[\\w$]+\\.", ""));
        }
        return list.toString();
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
    private static HandlerModel.ReadPolicy readPolicy(AnnotationMirror versioned, AnnotationMirror classVersioned,
                                                      boolean opaque) {
        AnnotationValue cacheControl = AnnotationValues.explicitValue(versioned, "cacheControl");
        if (cacheControl == null) {
            cacheControl = AnnotationValues.explicitValue(classVersioned, "cacheControl");
        }
        AnnotationValue vary = AnnotationValues.explicitValue(versioned, "vary");
        if (vary == null) {
            vary = AnnotationValues.explicitValue(classVersioned, "vary");
        }
        String directives = cacheControl == null ? "" : String.valueOf(cacheControl.getValue()).trim();
        List<String> names = new ArrayList<>();
        if (vary != null && vary.getValue() instanceof List<?> values) {
            for (Object value : values) {
                Object name = value instanceof AnnotationValue v ? v.getValue() : value;
                if (!String.valueOf(name).isBlank()) {
                    names.add(String.valueOf(name).trim());
                }
            }
        }
        return new HandlerModel.ReadPolicy(directives.isEmpty() ? null : directives, List.copyOf(names), opaque);
    }
}
