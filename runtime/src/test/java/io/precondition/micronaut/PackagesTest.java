package io.precondition.micronaut;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The runtime's packages keep one job each (docs/design.md, "The runtime's packages"): the user's package names no
 * failure answer and no Netty part, and those two know nothing of each other.
 */
class PackagesTest {

    private static final String USER_API = "io.precondition.micronaut";
    private static final String FAILURE = "io.precondition.micronaut.failure..";
    private static final String NETTY = "io.precondition.micronaut.netty..";

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.precondition.micronaut");

    @Test
    void theUsersPackageNamesNoFailureAnswerAndNoNettyPart() {
        noClasses().that().resideInAPackage(USER_API)
                .should().dependOnClassesThat().resideInAnyPackage(FAILURE, NETTY)
                .check(RUNTIME);
    }

    @Test
    void failureAnswersAndNettyPartsAreIndependent() {
        noClasses().that().resideInAPackage(FAILURE).should().dependOnClassesThat().resideInAPackage(NETTY)
                .check(RUNTIME);
        noClasses().that().resideInAPackage(NETTY).should().dependOnClassesThat().resideInAPackage(FAILURE)
                .check(RUNTIME);
    }

    @Test
    void failureAnswersAndNettyPartsNeverReachIntoTheBindings() {
        noClasses().that().resideInAnyPackage(FAILURE, NETTY)
                .should().dependOnClassesThat().resideInAPackage("io.precondition.micronaut.binding..")
                .check(RUNTIME);
    }
}
