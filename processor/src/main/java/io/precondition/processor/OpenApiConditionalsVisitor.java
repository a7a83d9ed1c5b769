package io.precondition.processor;

import com.google.auto.service.AutoService;
import io.micronaut.annotation.processing.visitor.JavaNativeElement;
import io.micronaut.annotation.processing.visitor.JavaVisitorContext;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.ast.ParameterElement;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Documents the conditional requests of {@code @Versioned} and {@code @ConditionalWrite} handlers in the OpenAPI
 * document that micronaut-openapi writes: it adds the swagger {@code @Parameter} and {@code @ApiResponse} values of
 * {@link OpenApiConditionals} to each handler, before micronaut-openapi's visitors read them. The handlers are those
 * {@link HandlerScanner} finds for the bindings (declared on the controller, on an API interface it implements or on
 * an abstract base it extends; the override's own annotations win), and what each does is decided by the same
 * {@link HandlerAnalysis} that models its bindings, so the document says what the engine does.
 *
 * <p>Does nothing unless the swagger annotations are on the compile classpath (micronaut-openapi needs them there);
 * a parameter or response the user declared with the same name or status code is kept as written. Micronaut's Java
 * processor loads this visitor from the processor path; it reads the {@code javax.lang.model} elements behind
 * Micronaut's own, as {@link PreconditionProcessor} does.
 */
@AutoService(TypeElementVisitor.class)
public final class OpenApiConditionalsVisitor implements TypeElementVisitor<Object, Object> {

    /**
     * Micronaut runs visitors of higher order first: this one runs before micronaut-openapi's controller (50),
     * include (70) and exclude (80) visitors, which read the annotations it adds, and after its Jackson visitor (200).
     */
    static final int ORDER = 90;

    private static final String STATUS = "io.micronaut.http.annotation.Status";
    private static final String HTTP_HEADER = "io.micronaut.http.annotation.Header";
    private static final String HTTP_METHOD_MAPPING = "io.micronaut.http.annotation.HttpMethodMapping";
    private static final String CHECKED_STATE = "io.precondition.micronaut.CheckedState";
    private static final String HIDDEN = "io.swagger.v3.oas.annotations.Hidden";

    /** The 2xx constants of Micronaut's {@code HttpStatus}: a response with validators is a success. */
    private static final Map<String, String> SUCCESS_CODES = Map.of("OK", "200", "CREATED", "201", "ACCEPTED", "202",
            "NON_AUTHORITATIVE_INFORMATION", "203", "NO_CONTENT", "204", "RESET_CONTENT", "205",
            "PARTIAL_CONTENT", "206", "MULTI_STATUS", "207", "ALREADY_IMPORTED", "208", "IM_USED", "226");

    private ProcessingEnvironment env;
    private HandlerAnalysis analysis;
    private HandlerScanner scanner;
    /**
     * The annotated handlers of the class being visited, by method name and erased parameter types: an unannotated
     * method of a handler's name is not that handler.
     */
    private Map<List<Object>, HandlerModel> handlers = Map.of();

    /** Loaded by Micronaut's processor through {@link java.util.ServiceLoader}. */
    public OpenApiConditionalsVisitor() {
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The kind of micronaut-openapi's visitors: Micronaut orders only visitors of one kind against each other. */
    @Override
    public VisitorKind getVisitorKind() {
        return VisitorKind.AGGREGATING;
    }

    @Override
    public Set<String> getSupportedAnnotationNames() {
        return Set.of(HandlerScanner.VERSIONED, HandlerScanner.CONDITIONAL_WRITE);
    }

    @Override
    public void visitClass(ClassElement element, VisitorContext context) {
        handlers = Map.of();
        if (!element.hasStereotype(Routes.CONTROLLER) || context.getClassElement(OpenApiConditionals.OPERATION).isEmpty()
                || !(context instanceof JavaVisitorContext javaContext)
                || !(element.getNativeType() instanceof JavaNativeElement nativeElement)
                || !(nativeElement.element() instanceof TypeElement type)) {
            return;
        }
        if (env != javaContext.getProcessingEnv()) {
            env = javaContext.getProcessingEnv();
            analysis = new HandlerAnalysis(env);
            scanner = new HandlerScanner(env.getElementUtils(), env.getTypeUtils());
        }
        List<HandlerSite> methods = scanner.handlersOf(type);
        if (methods.isEmpty()) {
            return;
        }
        // Problems are PreconditionProcessor's to report; a controller that has any gets no bindings and no docs.
        Optional<ControllerModel> model = analysis.analyse(type, methods, new ArrayList<>());
        Map<List<Object>, HandlerModel> bySignature = new HashMap<>();
        model.ifPresent(m -> m.handlers().forEach(handler ->
                bySignature.put(List.of(handler.methodName(), handler.parameterTypes()), handler)));
        handlers = bySignature;
    }

    @Override
    public void visitMethod(MethodElement method, VisitorContext context) {
        if (handlers.isEmpty() || !(method.getNativeType() instanceof JavaNativeElement nativeMethod)
                || !(nativeMethod.element() instanceof ExecutableElement executable)) {
            return;
        }
        HandlerModel handler = handlers.get(List.of(method.getName(), analysis.parameterTypesOf(executable)));
        if (handler == null || !method.hasStereotype(HTTP_METHOD_MAPPING)) {
            return;
        }
        String successCode = SUCCESS_CODES.get(method.stringValue(STATUS).orElse("OK"));
        if (successCode == null) {
            return;
        }
        addParameters(method, handler);
        for (ParameterElement parameter : method.getParameters()) {
            // Bound from a request attribute by the runtime, not from the request: micronaut-openapi would make it body.
            if (parameter.getType().getName().equals(CHECKED_STATE)) {
                parameter.annotate(HIDDEN);
            }
        }
        Set<String> declaredCodes = declaredResponseCodes(method);
        String description = returnDescription(method.getDocumentation().orElse(""));
        for (OpenApiConditionals.Response response : OpenApiConditionals.responses(handler, successCode, description)) {
            if (!declaredCodes.contains(response.code())) {
                method.annotate(response.annotation());
            }
        }
    }

    /**
     * Adds the header parameters to the method's {@code @Operation}, made if missing: micronaut-openapi reads the
     * {@code schema} of the parameters listed there, and ignores it on a method-level {@code @Parameter}.
     */
    private static void addParameters(MethodElement method, HandlerModel handler) {
        Set<String> declaredHeaders = declaredHeaders(method);
        AnnotationValue<Annotation> operation = method.getDeclaredAnnotation(OpenApiConditionals.OPERATION);
        List<AnnotationValue<?>> parameters = new ArrayList<>(
                operation == null ? List.of() : operation.getAnnotations("parameters"));
        int declared = parameters.size();
        for (OpenApiConditionals.HeaderParameter parameter : OpenApiConditionals.parameters(handler)) {
            if (!declaredHeaders.contains(parameter.name().toLowerCase(Locale.ROOT))) {
                parameters.add(parameter.annotation());
            }
        }
        if (parameters.size() == declared) {
            return;
        }
        AnnotationValue<?>[] all = parameters.toArray(new AnnotationValue<?>[0]);
        if (operation == null) {
            method.annotate(OpenApiConditionals.OPERATION, added -> added.member("parameters", all));
        } else {
            // Annotating again would keep the user's parameters member: replace the annotation with a full copy.
            method.removeAnnotation(OpenApiConditionals.OPERATION);
            method.annotate(AnnotationValue.builder(operation).member("parameters", all).build());
        }
    }

    /** Header fields the handler already documents or binds, lower case. */
    private static Set<String> declaredHeaders(MethodElement method) {
        Set<String> names = new HashSet<>();
        List<AnnotationValue<Annotation>> parameters = new ArrayList<>(
                method.getAnnotationValuesByName(OpenApiConditionals.PARAMETER));
        AnnotationValue<Annotation> operation = method.getDeclaredAnnotation(OpenApiConditionals.OPERATION);
        if (operation != null) {
            parameters.addAll(operation.getAnnotations("parameters"));
        }
        for (AnnotationValue<Annotation> parameter : parameters) {
            parameter.stringValue("name").ifPresent(name -> names.add(name.toLowerCase(Locale.ROOT)));
        }
        for (ParameterElement parameter : method.getParameters()) {
            String fallback = NameUtils.hyphenate(parameter.getName());
            if (parameter.hasAnnotation(HTTP_HEADER)) {
                String name = parameter.stringValue(HTTP_HEADER).or(() -> parameter.stringValue(HTTP_HEADER, "name"))
                        .filter(value -> !value.isEmpty()).orElse(fallback);
                names.add(name.toLowerCase(Locale.ROOT));
            }
            if ("HEADER".equals(parameter.stringValue(OpenApiConditionals.PARAMETER, "in").orElse(""))) {
                String name = parameter.stringValue(OpenApiConditionals.PARAMETER, "name")
                        .filter(value -> !value.isEmpty()).orElse(fallback);
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Status codes the handler or its class already documents. */
    private static Set<String> declaredResponseCodes(MethodElement method) {
        List<AnnotationValue<Annotation>> responses = new ArrayList<>(
                method.getAnnotationValuesByName(OpenApiConditionals.API_RESPONSE));
        responses.addAll(method.getOwningType().getAnnotationValuesByName(OpenApiConditionals.API_RESPONSE));
        method.findAnnotation(OpenApiConditionals.OPERATION)
                .ifPresent(operation -> responses.addAll(operation.getAnnotations("responses")));
        Set<String> codes = new HashSet<>();
        for (AnnotationValue<Annotation> response : responses) {
            codes.add(response.stringValue("responseCode").orElse("default"));
        }
        return codes;
    }

    /**
     * The Javadoc {@code @return} text, which micronaut-openapi would have used as the description of a success
     * response it made itself; {@code ""} when there is none.
     */
    static String returnDescription(String javadoc) {
        StringBuilder text = new StringBuilder();
        boolean inReturn = false;
        for (String line : javadoc.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                inReturn = trimmed.startsWith("@return");
                trimmed = inReturn ? trimmed.substring("@return".length()).strip() : "";
            }
            if (inReturn && !trimmed.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        return text.toString();
    }
}
