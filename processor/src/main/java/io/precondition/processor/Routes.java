package io.precondition.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads Micronaut's route annotations: the HTTP method, the URI templates and their variables. */
final class Routes {

    static final String CONTROLLER = "io.micronaut.http.annotation.Controller";

    /** A route annotation: its simple name and whether it is a safe read. */
    record HttpMethod(String name, boolean read, AnnotationMirror mirror) {
    }

    private static final Map<String, Boolean> METHODS = Map.of(
            "io.micronaut.http.annotation.Get", true,
            "io.micronaut.http.annotation.Head", true,
            "io.micronaut.http.annotation.Put", false,
            "io.micronaut.http.annotation.Post", false,
            "io.micronaut.http.annotation.Patch", false,
            "io.micronaut.http.annotation.Delete", false);

    private Routes() {
    }

    static HttpMethod httpMethodOf(ExecutableElement method) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            Boolean read = METHODS.get(type.getQualifiedName().toString());
            if (read != null) {
                return new HttpMethod(type.getSimpleName().toString(), read, mirror);
            }
        }
        return null;
    }

    /** @return the full URI templates of the handler: the controller's path joined with the method's */
    static List<String> urisOf(TypeElement controller, ExecutableElement method, HttpMethod httpMethod) {
        AnnotationMirror controllerMirror = AnnotationValues.annotation(controller, CONTROLLER);
        String base = controllerMirror == null ? "/" : firstNonEmpty(stringValues(controllerMirror, "value"), "/");
        List<String> paths = new ArrayList<>();
        String value = firstNonEmpty(stringValues(httpMethod.mirror(), "value"), "");
        if (value.isEmpty()) {
            value = firstNonEmpty(stringValues(httpMethod.mirror(), "uri"), "");
        }
        List<String> uris = stringValues(httpMethod.mirror(), "uris");
        if (!value.isEmpty() || uris.isEmpty()) {
            paths.add(value.isEmpty() ? "/" : value);
        }
        paths.addAll(uris);
        List<String> joined = new ArrayList<>();
        for (String path : new LinkedHashSet<>(paths)) {
            joined.add(join(base, path));
        }
        return joined;
    }

    /**
     * @return the path variables of a URI template, e.g. {@code slug} for {@code /pages/{slug}}; a property
     *     placeholder ({@code ${app.base}}) is not one: Micronaut resolves it before it reads the template
     */
    static Set<String> variablesOf(String uri) {
        Set<String> variables = new LinkedHashSet<>();
        int open = nextExpression(uri, 0);
        while (open >= 0) {
            int close = uri.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String expression = uri.substring(open + 1, close);
            boolean query = expression.startsWith("?") || expression.startsWith("&");
            if (!query) {
                while (!expression.isEmpty() && "+#./;".indexOf(expression.charAt(0)) >= 0) {
                    expression = expression.substring(1);
                }
                for (String variable : expression.split(",")) {
                    int end = variable.length();
                    for (int i = 0; i < variable.length(); i++) {
                        if (variable.charAt(i) == ':' || variable.charAt(i) == '*') {
                            end = i;
                            break;
                        }
                    }
                    if (end > 0) {
                        variables.add(variable.substring(0, end).trim());
                    }
                }
            }
            open = nextExpression(uri, close);
        }
        return variables;
    }

    /**
     * @return the index of the next <code>{</code> at or after {@code from} that opens a URI template expression, or
     *     -1; the braces of property placeholders (<code>${name}</code>, <code>${name:default}</code>, nested too) are
     *     skipped
     */
    static int nextExpression(String uri, int from) {
        int i = from;
        while (i >= 0 && i < uri.length()) {
            int open = uri.indexOf('{', i);
            if (open <= 0 || uri.charAt(open - 1) != '$') {
                return open;
            }
            i = placeholderEnd(uri, open);
        }
        return -1;
    }

    /** @return the index after the <code>}</code> that closes the placeholder opened at {@code open}, or -1 */
    private static int placeholderEnd(String uri, int open) {
        int depth = 0;
        for (int i = open; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String join(String base, String path) {
        String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String right = path.isEmpty() || path.equals("/") ? "" : (path.startsWith("/") || path.startsWith("{/")
                ? path : "/" + path);
        String joined = left + right;
        return joined.isEmpty() ? "/" : joined;
    }

    private static String firstNonEmpty(List<String> values, String fallback) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return fallback;
    }

    private static List<String> stringValues(AnnotationMirror mirror, String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (!entry.getKey().getSimpleName().contentEquals(name)) {
                continue;
            }
            Object value = entry.getValue().getValue();
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    values.add(String.valueOf(((AnnotationValue) item).getValue()));
                }
            } else {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    static boolean isController(Element type) {
        return AnnotationValues.annotation(type, CONTROLLER) != null;
    }
}
