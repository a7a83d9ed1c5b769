package io.precondition.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.precondition.annotation.ConditionalWrite;
import io.precondition.annotation.Versioned;

/**
 * Refuses, when the application starts, a declarative client whose annotations cannot work, with the method and the
 * fix in the message. Precondition's annotation processor reports the same problems, with the same ids, as compile
 * errors (its {@code ClientMethodRules}); this check is the safety net for an application compiled without the
 * processor on its processor path (a client-only application needs none otherwise), or with classes compiled
 * elsewhere:
 * <ul>
 *   <li>{@code [Precondition/ClientWriteWithoutPrecondition]}: a {@code @ConditionalWrite} method with no parameter
 *       that can carry the caller's precondition (a {@link Tagged} body, or an {@code @Header} for If-Match,
 *       If-Unmodified-Since or If-None-Match);</li>
 *   <li>{@code [Precondition/ClientVersionedNotGet]}: {@code @Versioned} on a method that is not a GET.</li>
 * </ul>
 * It reads the bean definitions' compile-time metadata only.
 */
@Context
@Requires(property = PreconditionClientConfiguration.PREFIX + ".enabled", notEquals = "false")
// Only where declarative clients can exist: an application without Micronaut's HTTP client has none to check.
@Requires(classes = io.micronaut.http.client.annotation.Client.class)
final class ClientMethodCheck {

    private static final Set<String> GUARD_FIELDS = Set.of("if-match", "if-unmodified-since", "if-none-match");

    ClientMethodCheck(BeanContext context) {
        List<String> problems = new ArrayList<>();
        for (BeanDefinition<?> client : context.getBeanDefinitions(Qualifiers.byStereotype(Client.class))) {
            for (ExecutableMethod<?, ?> method : client.getExecutableMethods()) {
                problems.addAll(problems(method));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
    }

    /**
     * @param method a declarative client method
     * @return what is wrong with its Precondition annotations
     */
    static List<String> problems(ExecutableMethod<?, ?> method) {
        AnnotationMetadata metadata = method.getAnnotationMetadata();
        String name = method.getDeclaringType().getSimpleName() + "." + method.getMethodName();
        List<String> problems = new ArrayList<>();
        if (metadata.hasAnnotation(ConditionalWrite.class) && !canReceivePrecondition(method.getArguments())) {
            problems.add("[Precondition/ClientWriteWithoutPrecondition] " + name + " is @ConditionalWrite but has no "
                    + "way to receive the precondition of the representation its caller changed: take the value "
                    + "returned by a @Versioned read as a Tagged<T> @Body, or add a parameter "
                    + "@Header(\"If-Match\") String ifMatch (@Header(\"If-None-Match\") String for a create).");
        }
        if (metadata.hasAnnotation(Versioned.class) && metadata.hasStereotype(HttpMethodMapping.class)
                && !metadata.hasAnnotation(Get.class)) {
            problems.add("[Precondition/ClientVersionedNotGet] " + name + " has @Versioned, which is for GET reads; "
                    + "use @ConditionalWrite on a write.");
        }
        return problems;
    }

    private static boolean canReceivePrecondition(Argument<?>[] arguments) {
        for (Argument<?> argument : arguments) {
            if (argument.getType() == Tagged.class) {
                return true;
            }
            AnnotationMetadata metadata = argument.getAnnotationMetadata();
            if (metadata.hasAnnotation(Header.class)) {
                String field = metadata.stringValue(Header.class)
                        .or(() -> metadata.stringValue(Header.class, "name"))
                        .orElse(NameUtils.hyphenate(argument.getName()));
                if (GUARD_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
