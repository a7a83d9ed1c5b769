package io.precondition.processor;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which types are deeply immutable, so that one decoded value may be handed to every caller (precondition-client keeps
 * the decoded body of a stored response for those): primitives and the JDK's value types, enums (decoding gives their
 * shared constants anyway), {@code Optional} of such a type, and records without type parameters whose components are
 * all such types. Everything else is not: arrays, collections and maps (decoders build mutable ones), type variables,
 * classes with setters or mutable fields. A "no" costs only a decode per answer; a wrong "yes" would let one caller
 * change another's value, so the rule is short and strict.
 */
final class ImmutableTypes {

    private static final Set<String> VALUE_TYPES = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Character",
            "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.util.Locale", "java.net.URI",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime",
            "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Duration",
            "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.ZoneId",
            "java.time.ZoneOffset");

    private ImmutableTypes() {
    }

    /** @return whether every value of the type, as a decoder builds it, is deeply immutable */
    static boolean isImmutable(TypeMirror type) {
        return isImmutable(type, new HashSet<>());
    }

    private static boolean isImmutable(TypeMirror type, Set<String> visiting) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement element)) {
            return false; // arrays, type variables, wildcards, unresolved types
        }
        String name = element.getQualifiedName().toString();
        if (VALUE_TYPES.contains(name) || element.getKind() == ElementKind.ENUM) {
            return true;
        }
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (name.equals("java.util.Optional")) {
            return arguments.size() == 1 && isImmutable(arguments.get(0), visiting);
        }
        if (element.getKind() != ElementKind.RECORD || !element.getTypeParameters().isEmpty()) {
            return false;
        }
        if (!visiting.add(name)) {
            return true; // a record that contains itself: the rest of the walk decides
        }
        for (RecordComponentElement component : element.getRecordComponents()) {
            if (!isImmutable(component.asType(), visiting)) {
                return false;
            }
        }
        return true;
    }
}
