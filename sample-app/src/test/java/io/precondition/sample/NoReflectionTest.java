package io.precondition.sample;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The library's runtime and the code the processor wrote for this app read validators by direct calls: no
 * {@code java.lang.reflect}, no {@code Class.forName}, no bean introspection looked up by name.
 */
class NoReflectionTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.precondition");

    /**
     * The runtime jar's classes and the generated filters; not the {@code $...$Definition} classes that Micronaut's
     * own processor writes for every bean, which are Micronaut's business.
     */
    private static final DescribedPredicate<JavaClass> LIBRARY_OR_GENERATED =
            resideInAPackage("io.precondition.http..")
                    .or(resideInAPackage("io.precondition.micronaut.."))
                    .or(DescribedPredicate.describe("generated *Preconditions filters",
                            c -> c.getSimpleName().endsWith("Preconditions")))
                    .and(DescribedPredicate.describe("not a Micronaut bean definition",
                            c -> !c.getName().contains(".$")));

    @Test
    void theImportFoundTheRuntimeAndTheGeneratedFilter() {
        assertFalse(CLASSES.that(resideInAPackage("io.precondition.micronaut..")).isEmpty());
        assertFalse(CLASSES.that(DescribedPredicate.describe("generated", (JavaClass c) ->
                c.getSimpleName().equals("PageControllerPreconditions"))).isEmpty());
    }

    @Test
    void noJavaLangReflect() {
        ArchRule rule = noClasses().that(LIBRARY_OR_GENERATED)
                .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..");
        rule.check(CLASSES);
    }

    @Test
    void noClassForNameOrIntrospectionByName() {
        ArchRule rule = noClasses().that(LIBRARY_OR_GENERATED)
                .should().callMethod(Class.class, "forName", String.class)
                .orShould().callMethodWhere(DescribedPredicate.describe("a BeanIntrospection lookup",
                        call -> call.getTargetOwner().getName().startsWith("io.micronaut.core.beans.BeanIntrospect")));
        rule.check(CLASSES);
    }
}
