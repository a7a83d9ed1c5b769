package io.precondition.processor;

import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for Micronaut's declarative {@code @Client} types (interfaces and abstract classes), whose methods
 * precondition-client drives from the same annotations as the server's handlers:
 * <ul>
 *   <li>a {@code @ConditionalWrite} method must have a parameter that can carry the caller's precondition: a
 *       {@code Tagged<T>}, or an {@code @Header} for If-Match, If-Unmodified-Since or If-None-Match (the field named by
 *       the annotation's {@code value}, else its {@code name}, else the hyphenated parameter name);</li>
 *   <li>{@code @Versioned} is for GET methods.</li>
 * </ul>
 * A method counts as Micronaut implements it ({@link ClientMethods}): each abstract method the client has, declared or
 * inherited from an API interface (which a controller may implement too), with the annotations of the methods it
 * overrides; a parameter's
 * {@code @Header} is its own or the overridden parameter's. A problem of a method the client declares is reported on
 * that method; one of an inherited method on the client type, which is the element in this compilation, with the
 * API's method named in the message. Micronaut's types are named, not linked: the processor does not need the HTTP
 * client. precondition-client's {@code ClientMethodCheck} applies the same rules at start-up to applications
 * compiled without this processor.
 */
final class ClientMethodRules {

    static final String CLIENT = HandlerScanner.CLIENT;
    static final String HEADER = "io.micronaut.http.annotation.Header";
    static final String TAGGED = "io.precondition.client.Tagged";
    private static final String HTTP_METHOD_MAPPING = "io.micronaut.http.annotation.HttpMethodMapping";
    private static final String GET = "io.micronaut.http.annotation.Get";
    private static final Set<String> GUARD_FIELDS = Set.of("if-match", "if-unmodified-since", "if-none-match");

    private final Elements elements;
    private final Types types;
    private final ClientMethods methods;

    ClientMethodRules(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.methods = new ClientMethods(elements, new HandlerScanner(elements, types));
    }

    /** @return the round's types annotated {@code @Client}, nested ones included */
    static List<TypeElement> clientsOf(RoundEnvironment round) {
        List<TypeElement> clients = new ArrayList<>();
        Deque<TypeElement> pending = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
            if (AnnotationValues.annotation(type, CLIENT) != null) {
                clients.add(type);
            }
        }
        return clients;
    }

    /** Adds a problem for each method of {@code client} that breaks a rule. */
    void check(TypeElement client, List<Problem> problems) {
        for (ClientMethods.Site site : methods.of(client)) {
            check(site, problems);
        }
    }

    private void check(ClientMethods.Site site, List<Problem> problems) {
        TypeElement client = site.client();
        ExecutableElement method = site.method();
        boolean declared = site.declared();
        AnnotationMirror write = site.nearest(HandlerScanner.CONDITIONAL_WRITE);
        if (write != null && !canReceivePrecondition(client, method, site.chain())) {
            String message = declared
                    ? Messages.clientWriteWithoutPrecondition(name(client, method))
                    : Messages.inheritedClientWriteWithoutPrecondition(client.getSimpleName().toString(),
                            method.getSimpleName().toString(), owner(method));
            problems.add(Problem.on(declared ? method : client, message));
        }
        AnnotationMirror versioned = site.nearest(HandlerScanner.VERSIONED);
        String httpMethod = httpMethodOf(site.chain());
        if (versioned != null && httpMethod != null && !httpMethod.equals(GET)) {
            if (declared) {
                boolean own = AnnotationValues.annotation(method, HandlerScanner.VERSIONED) != null;
                String message = Messages.clientVersionedNotGet(name(client, method));
                problems.add(own ? Problem.on(method, versioned, message) : Problem.on(method, message));
            } else {
                problems.add(Problem.on(client, Messages.inheritedClientVersionedNotGet(
                        client.getSimpleName().toString(), method.getSimpleName().toString(), owner(method))));
            }
        }
    }

    /** @return the qualified name of the nearest HTTP method annotation (any {@code @HttpMethodMapping}), or null */
    private static String httpMethodOf(List<ExecutableElement> chain) {
        for (ExecutableElement candidate : chain) {
            for (AnnotationMirror mirror : candidate.getAnnotationMirrors()) {
                Element type = mirror.getAnnotationType().asElement();
                if (AnnotationValues.annotation(type, HTTP_METHOD_MAPPING) != null) {
                    return ((TypeElement) type).getQualifiedName().toString();
                }
            }
        }
        return null;
    }

    /** Whether a parameter is a {@code Tagged<T>} or an {@code @Header} of a conditional request field. */
    private boolean canReceivePrecondition(TypeElement client, ExecutableElement method,
                                           List<ExecutableElement> chain) {
        List<? extends VariableElement> parameters = method.getParameters();
        // As the client sees them: a generic API's parameter of type B is a Tagged<T> in a client of Api<Tagged<T>>.
        List<? extends TypeMirror> parameterTypes =
                ((ExecutableType) types.asMemberOf((DeclaredType) client.asType(), method)).getParameterTypes();
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            if (isTagged(parameterTypes.get(i))) {
                return true;
            }
            String field = headerOf(chain, i, parameter.getSimpleName().toString());
            if (field != null && GUARD_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTagged(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement() instanceof TypeElement element
                && element.getQualifiedName().contentEquals(TAGGED);
    }

    /**
     * @return the header field the parameter at {@code index} is bound to, from the nearest {@code @Header} on it or on
     *     the parameter it overrides, or null when it has none
     */
    private String headerOf(List<ExecutableElement> chain, int index, String parameterName) {
        for (ExecutableElement candidate : chain) {
            if (candidate.getParameters().size() <= index) {
                continue;
            }
            AnnotationMirror header = AnnotationValues.annotation(candidate.getParameters().get(index), HEADER);
            if (header != null) {
                for (String attribute : List.of("value", "name")) {
                    Object value = AnnotationValues.of(elements, header, attribute);
                    if (value != null && !value.toString().isEmpty()) {
                        return value.toString();
                    }
                }
                return hyphenate(parameterName);
            }
        }
        return null;
    }

    /** Micronaut's {@code NameUtils.hyphenate}, for a parameter name: {@code ifMatch} is {@code if-match}. */
    static String hyphenate(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                out.append('-');
            } else if (Character.isUpperCase(c)) {
                if (i > 0 && out.charAt(out.length() - 1) != '-' && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String name(TypeElement client, ExecutableElement method) {
        return client.getSimpleName() + "." + method.getSimpleName();
    }

    private static String owner(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName().toString();
    }
}
